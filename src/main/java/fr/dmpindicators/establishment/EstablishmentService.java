package fr.dmpindicators.establishment;

import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchScreening;
import fr.dmpindicators.write.BatchSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The establishment register: its rules, single and batch upserts, and searches. */
@ApplicationScoped
public class EstablishmentService {

    /** The outcome of one upsert: the stored establishment, and whether it was new. */
    public record Upserted(Establishment establishment, boolean created) {
    }

    @Inject
    EstablishmentRepository establishments;

    @Inject
    TerritoryHierarchy territories;

    @Inject
    BeanChecks beanChecks;

    @Inject
    DmpConfig config;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    public Establishment get(String finess) {
        return establishments.findByIdOptional(finess)
                .orElseThrow(() -> ProblemException.notFound("No establishment has the FINESS number " + finess
                        + "."));
    }

    public PageSlice<Establishment> search(String territory, String category, String name, int page, int size) {
        return establishments.search(territories.departementsForFilter(territory), category, name, page, size);
    }

    @Transactional
    public Upserted upsert(EstablishmentDto item) {
        permission(item).ifPresent(error -> {
            throw ProblemException.forbidden(List.of(error));
        });
        List<FieldError> errors = rules(item);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Establishment incoming = toEntity(item);
        Establishment stored = establishments.findByIdOptional(incoming.finess).orElse(null);
        if (stored == null) {
            establishments.persist(incoming);
            audit.record(Subject.ESTABLISHMENT, incoming.finess, null, description(incoming));
            return new Upserted(incoming, true);
        }
        if (!stored.sameDescriptionAs(incoming)) {
            Map<String, String> before = description(stored);
            stored.describeAs(incoming);
            audit.record(Subject.ESTABLISHMENT, stored.finess, before, description(stored));
        }
        return new Upserted(stored, false);
    }

    @Transactional
    public BatchSummary pushBatch(List<EstablishmentDto> items, BatchOptions options) {
        BatchScreening.Result<EstablishmentDto> screened = new BatchScreening<EstablishmentDto>(
                config.batch().maxItems()).screen(items, options, this::permission, this::rules, EstablishmentDto::getFiness,
                        "finess");
        List<Establishment> incoming = screened.accepted().stream().map(EstablishmentService::toEntity).toList();
        Map<String, Establishment> stored = establishments.findByFiness(
                incoming.stream().map(e -> e.finess).toList());
        int created = 0;
        int updated = 0;
        List<Establishment> toPersist = new ArrayList<>();
        for (Establishment establishment : incoming) {
            Establishment existing = stored.get(establishment.finess);
            if (existing == null) {
                created++;
                toPersist.add(establishment);
                if (!options.dryRun()) {
                    audit.record(Subject.ESTABLISHMENT, establishment.finess, null, description(establishment));
                }
            } else if (!existing.sameDescriptionAs(establishment)) {
                updated++;
                if (!options.dryRun()) {
                    Map<String, String> before = description(existing);
                    existing.describeAs(establishment);
                    audit.record(Subject.ESTABLISHMENT, existing.finess, before, description(existing));
                }
            }
        }
        if (!options.dryRun()) {
            establishments.persist(toPersist);
        }
        return new BatchSummary(options.atomic(), options.dryRun(), items.size(), created, updated,
                incoming.size() - created - updated, screened.errors(), audit.requestId());
    }

    /** The refusal of an item the caller may not write, if it may not. */
    private Optional<FieldError> permission(EstablishmentDto item) {
        return caller.refusal(item.getTerritory());
    }

    private static Map<String, String> description(Establishment e) {
        return Map.of("name", e.name, "category", e.category, "territory", e.territoryCode);
    }

    /** Every rule an establishment breaks: the contract's constraints, the FINESS rules, known codes. */
    List<FieldError> rules(EstablishmentDto item) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(item));
        String departementOfFiness = null;
        if (item.getFiness() != null) {
            var problem = Finess.problem(item.getFiness());
            problem.ifPresent(message -> errors.add(FieldError.of("finess", message)));
            if (problem.isEmpty() && !territories.isDepartement(Finess.departementOf(item.getFiness()))) {
                errors.add(FieldError.of("finess", "does not start with the code of a known département"));
            } else if (problem.isEmpty()) {
                departementOfFiness = Finess.departementOf(item.getFiness());
            }
        }
        if (item.getCategory() != null && EstablishmentCategory.fromCode(item.getCategory()).isEmpty()) {
            errors.add(FieldError.of("category", "is not a known establishment category"));
        }
        if (item.getTerritory() != null && !territories.isDepartement(item.getTerritory())) {
            errors.add(FieldError.of("territory", "is not a known département"));
        } else if (item.getTerritory() != null && departementOfFiness != null
                && !departementOfFiness.equals(item.getTerritory())) {
            errors.add(FieldError.of("territory", "must be the département the FINESS number names ("
                    + departementOfFiness + ")"));
        }
        return errors;
    }

    private static Establishment toEntity(EstablishmentDto item) {
        return new Establishment(item.getFiness(), item.getName(), item.getCategory(), item.getTerritory());
    }
}
