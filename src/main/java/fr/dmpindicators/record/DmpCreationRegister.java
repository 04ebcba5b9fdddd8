package fr.dmpindicators.record;

import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.establishment.EstablishmentRepository;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.Channel.Requirement;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.NewRows;
import fr.dmpindicators.totals.NewRowsWriter;
import fr.dmpindicators.totals.TotalsWriter;
import fr.dmpindicators.write.Change;
import fr.dmpindicators.write.Register;
import fr.dmpindicators.write.Removable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * DMP creation records for the write pipeline: the rules of domain §3, upserts by natural key, deletions, and the
 * totals that follow every change.
 */
@ApplicationScoped
public class DmpCreationRegister implements Register<DmpCreationDto, RecordCounts, DmpCreation>,
        Removable<DmpCreation> {

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
    TotalsWriter totals;

    @Inject
    DmpCreationMapper mapper;

    @Inject
    NewRowsWriter newRows;

    @Inject
    AuditTrail audit;

    @Override
    public Subject subject() {
        return Subject.DMP_CREATION;
    }

    @Override
    public String keyField() {
        return "naturalKey";
    }

    @Override
    public String territory(DmpCreationDto item) {
        return item.getTerritory();
    }

    @Override
    public Function<DmpCreationDto, List<FieldError>> rules(List<DmpCreationDto> items) {
        Set<String> knownFiness = establishments.findByFiness(items.stream().filter(Objects::nonNull)
                .map(DmpCreationDto::getFiness).filter(Objects::nonNull).distinct().toList()).keySet();
        return item -> rules(item, knownFiness);
    }

    @Override
    public RecordCounts command(DmpCreationDto item) {
        return mapper.command(item);
    }

    @Override
    public String key(RecordCounts command) {
        return command.key().spelled();
    }

    @Override
    public Collection<DmpCreation> findForUpdate(List<RecordCounts> commands) {
        return records.findByNaturalKeys(commands.stream().map(this::key).toList()).values();
    }

    @Override
    public RecordCounts stateOf(DmpCreation stored) {
        return stored.counts();
    }

    @Override
    public DmpCreation create(RecordCounts command, OffsetDateTime at) {
        return create(List.of(command), at).get(0);
    }

    /**
     * New records in one bulk insert: a batch's main cost. Each keeps the write that created it and its first counts,
     * which are its creation entry in the audit trail, whose id is the record's: ids are drawn as the trail's.
     */
    @Override
    public List<DmpCreation> create(List<RecordCounts> commands, OffsetDateTime at) {
        if (commands.isEmpty()) {
            return List.of();
        }
        long writeId = audit.creationWrite();
        long[] newIds = audit.ids(commands.size());
        List<DmpCreation> created = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            DmpCreation record = new DmpCreation(commands.get(i), at, writeId);
            record.id = newIds[i];
            created.add(record);
        }
        newRows.insert(new NewRows("dmp_creation", DmpCreation.COLUMNS,
                created.stream().map(DmpCreation::row).toList()));
        return created;
    }

    @Override
    public void replace(DmpCreation stored, RecordCounts command, OffsetDateTime at) {
        stored.replaceCounts(command, at);
    }

    @Override
    public Map<String, Long> description(RecordCounts state) {
        return Map.of("created", state.created(), "alimented", state.alimented());
    }

    /** A record's row holds its creation entry: the write that created it and its first counts (decision 25). */
    @Override
    public boolean tracesItsCreations() {
        return true;
    }

    @Override
    public void follow(List<Change<RecordCounts>> changes) {
        totals.apply(changes.stream().map(RecordCounts::moved).toList());
    }

    @Override
    public String territoryOf(DmpCreation stored) {
        return stored.territoryCode;
    }

    @Override
    public OptionalLong creationTrace(DmpCreation stored) {
        return stored.writeId == null ? OptionalLong.empty() : OptionalLong.of(stored.id);
    }

    @Override
    public void delete(DmpCreation stored) {
        records.delete(stored);
    }

    /** Every rule a record breaks (domain §3): the contract's constraints, dates, known codes, channel fields. */
    private List<FieldError> rules(DmpCreationDto item, Set<String> knownFiness) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(item));
        LocalDate date = item.getDate();
        if (date != null && date.isBefore(DmpLaw.DATE)) {
            errors.add(FieldError.rule("date", "before-law", DmpLaw.DATE));
        } else if (date != null && date.isAfter(today.date())) {
            errors.add(FieldError.rule("date", "future"));
        }
        if (item.getTerritory() != null && !territories.isDepartement(item.getTerritory())) {
            errors.add(FieldError.rule("territory", "unknown-departement"));
        }
        if (item.getChannel() != null) {
            Channel channel = mapper.channel(item.getChannel());
            checkRequirement(errors, "finess", item.getFiness(), channel.finess(), channel);
            checkRequirement(errors, "practitionerType", item.getPractitionerType(), channel.practitionerType(),
                    channel);
        }
        if (item.getFiness() != null && !knownFiness.contains(item.getFiness())) {
            errors.add(FieldError.rule("finess", "unregistered-establishment"));
        }
        return errors;
    }

    private static void checkRequirement(List<FieldError> errors, String field, Object value, Requirement requirement,
            Channel channel) {
        if (requirement == Requirement.REQUIRED && value == null) {
            errors.add(FieldError.rule(field, "required-for-channel", channel));
        } else if (requirement == Requirement.FORBIDDEN && value != null) {
            errors.add(FieldError.rule(field, "absent-for-channel", channel));
        }
    }
}
