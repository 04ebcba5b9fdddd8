package fr.dmpindicators.record;

import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.establishment.EstablishmentRepository;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.source.Channel.Requirement;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.CountChange;
import fr.dmpindicators.totals.TotalsWriter;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchScreening;
import fr.dmpindicators.write.BatchSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * DMP creation records: the rules of DOMAIN §3, upserts by natural key (one or a batch), searches and deletes.
 */
@ApplicationScoped
public class DmpCreationService {

    /** The outcome of one push: the stored record, and whether it was new. */
    public record Pushed(DmpCreation record, boolean created) {
    }

    @Inject
    DmpCreationRepository records;

    @Inject
    EstablishmentRepository establishments;

    @Inject
    TerritoryHierarchy territories;

    @Inject
    BeanChecks beanChecks;

    @Inject
    Today today;

    @Inject
    DmpConfig config;

    @Inject
    TotalsWriter totals;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ServiceMetrics metrics;

    @Transactional
    public Pushed push(DmpCreationDto item) {
        permission(item).ifPresent(error -> {
            throw ProblemException.forbidden(List.of(error));
        });
        List<FieldError> errors = rules(item, knownFiness(List.of(item)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        NaturalKey key = keyOf(item);
        DmpCreation stored = records.findByNaturalKeys(List.of(key.spelled())).get(key.spelled());
        if (stored == null) {
            DmpCreation created = new DmpCreation(key, item.getCreated(), item.getAlimented(), now());
            records.persist(created);
            totals.apply(List.of(created.added()));
            audit.record(Subject.DMP_CREATION, created.naturalKey, null, counts(created));
            metrics.recordsPushed("created", 1);
            return new Pushed(created, true);
        }
        if (!stored.hasCounts(item.getCreated(), item.getAlimented())) {
            Map<String, Long> before = counts(stored);
            totals.apply(List.of(stored.replaceCounts(item.getCreated(), item.getAlimented(), now())));
            audit.record(Subject.DMP_CREATION, stored.naturalKey, before, counts(stored));
            metrics.recordsPushed("updated", 1);
        } else {
            metrics.recordsPushed("unchanged", 1);
        }
        return new Pushed(stored, false);
    }

    @Transactional
    public BatchSummary pushBatch(List<DmpCreationDto> items, BatchOptions options) {
        Set<String> known = knownFiness(items);
        BatchScreening.Result<DmpCreationDto> screened = new BatchScreening<DmpCreationDto>(
                config.batch().maxItems()).screen(items, options, this::permission, item -> rules(item, known),
                        DmpCreationService::keyOf, "naturalKey");
        List<DmpCreationDto> accepted = screened.accepted();
        Map<String, DmpCreation> stored = records.findByNaturalKeys(
                accepted.stream().map(item -> keyOf(item).spelled()).toList());
        OffsetDateTime now = now();
        int created = 0;
        int updated = 0;
        List<DmpCreation> toPersist = new ArrayList<>();
        List<CountChange> changes = new ArrayList<>();
        for (DmpCreationDto item : accepted) {
            NaturalKey key = keyOf(item);
            DmpCreation existing = stored.get(key.spelled());
            if (existing == null) {
                created++;
                DmpCreation record = new DmpCreation(key, item.getCreated(), item.getAlimented(), now);
                toPersist.add(record);
                changes.add(record.added());
                if (!options.dryRun()) {
                    audit.record(Subject.DMP_CREATION, record.naturalKey, null, counts(record));
                }
            } else if (!existing.hasCounts(item.getCreated(), item.getAlimented())) {
                updated++;
                if (!options.dryRun()) {
                    Map<String, Long> before = counts(existing);
                    changes.add(existing.replaceCounts(item.getCreated(), item.getAlimented(), now));
                    audit.record(Subject.DMP_CREATION, existing.naturalKey, before, counts(existing));
                }
            }
        }
        if (!options.dryRun()) {
            records.persist(toPersist);
            totals.apply(changes);
        }
        BatchSummary summary = new BatchSummary(options.atomic(), options.dryRun(), items.size(), created, updated,
                accepted.size() - created - updated, screened.errors(), audit.requestId());
        if (!options.dryRun()) {
            metrics.recordsPushed("created", created);
            metrics.recordsPushed("updated", updated);
            metrics.recordsPushed("unchanged", summary.unchanged());
            metrics.recordsPushed("rejected", summary.rejected());
            metrics.batchStored("dmp-creation");
        }
        return summary;
    }

    public DmpCreation get(long id) {
        return records.findByIdOptional(id).orElseThrow(() -> noRecord(id));
    }

    public PageSlice<DmpCreation> search(String territory, Channel channel, String finess,
            PractitionerType practitionerType, LocalDate from, LocalDate to, int page, int size) {
        return records.search(new DmpCreationRepository.Filter(territories.departementsForFilter(territory), channel,
                finess, practitionerType, from, to), page, size);
    }

    @Transactional
    public void delete(long id) {
        DmpCreation record = records.findForUpdate(id).orElseThrow(() -> noRecord(id));
        caller.refusal(record.territoryCode).ifPresent(error -> {
            throw ProblemException.forbidden(List.of(error));
        });
        records.delete(record);
        totals.apply(List.of(record.removed()));
        audit.record(Subject.DMP_CREATION, record.naturalKey, counts(record), null);
    }

    private static ProblemException noRecord(long id) {
        return ProblemException.notFound("No DMP creation record has the id " + id + ".");
    }

    /** The refusal of an item the caller may not write, if it may not. */
    private Optional<FieldError> permission(DmpCreationDto item) {
        return caller.refusal(item.getTerritory());
    }

    private static Map<String, Long> counts(DmpCreation record) {
        return Map.of("created", record.created, "alimented", record.alimented);
    }

    /** Every rule a record breaks (DOMAIN §3): the contract's constraints, dates, known codes, channel fields. */
    List<FieldError> rules(DmpCreationDto item, Set<String> knownFiness) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(item));
        LocalDate date = item.getDate();
        if (date != null && date.isBefore(DmpLaw.DATE)) {
            errors.add(FieldError.of("date", "must not be before " + DmpLaw.DATE + " (the DMP law)"));
        } else if (date != null && date.isAfter(today.date())) {
            errors.add(FieldError.of("date", "must not be in the future"));
        }
        if (item.getTerritory() != null && !territories.isDepartement(item.getTerritory())) {
            errors.add(FieldError.of("territory", "is not a known département"));
        }
        if (item.getChannel() != null) {
            Channel channel = Channel.valueOf(item.getChannel().name());
            checkRequirement(errors, "finess", item.getFiness(), channel.finess(), channel);
            checkRequirement(errors, "practitionerType", item.getPractitionerType(), channel.practitionerType(),
                    channel);
        }
        if (item.getFiness() != null && !knownFiness.contains(item.getFiness())) {
            errors.add(FieldError.of("finess", "is not a registered establishment (register it first)"));
        }
        return errors;
    }

    private static void checkRequirement(List<FieldError> errors, String field, Object value, Requirement requirement,
            Channel channel) {
        if (requirement == Requirement.REQUIRED && value == null) {
            errors.add(FieldError.of(field, "is required for the channel " + channel));
        } else if (requirement == Requirement.FORBIDDEN && value != null) {
            errors.add(FieldError.of(field, "must be absent for the channel " + channel));
        }
    }

    private Set<String> knownFiness(List<DmpCreationDto> items) {
        return establishments.findByFiness(items.stream().filter(Objects::nonNull).map(DmpCreationDto::getFiness)
                .filter(Objects::nonNull).distinct().toList()).keySet();
    }

    private static NaturalKey keyOf(DmpCreationDto item) {
        return new NaturalKey(item.getDate(), item.getTerritory(), Channel.valueOf(item.getChannel().name()),
                item.getFiness(),
                item.getPractitionerType() == null ? null : PractitionerType.valueOf(item.getPractitionerType().name()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
