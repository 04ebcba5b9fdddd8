package fr.dmpindicators.objective;

import fr.dmpindicators.api.model.ObjectiveInputDto;
import fr.dmpindicators.api.model.ObjectiveRevisionInputDto;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.calendar.DateParameter;
import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.indicator.Metric;
import fr.dmpindicators.indicator.MetricReader;
import fr.dmpindicators.objective.ObjectiveProgress.Plan;
import fr.dmpindicators.objective.ObjectiveProgress.Readings;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.territory.TerritoryHierarchy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Objectives: their rules, creation, revisions, searches, and progress at a date with the revision then in force.
 * An objective is shown as in force today; progress reads the metric with {@link MetricReader} and leaves the
 * arithmetic to {@link ObjectiveProgress}.
 */
@ApplicationScoped
public class ObjectiveService {

    @Inject
    ObjectiveRepository objectives;

    @Inject
    TerritoryHierarchy territories;

    @Inject
    MetricReader metrics;

    @Inject
    BeanChecks beanChecks;

    @Inject
    Today today;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectiveMapper mapper;

    @Transactional
    public ObjectiveInForce create(ObjectiveInputDto input) {
        requireWritable(input.getTerritory());
        List<FieldError> errors = rules(input);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Objective objective = new Objective(input.getTerritory(), mapper.metric(input.getMetric()), input.getStartDate(),
                input.getTargetValue(), input.getDueDate(), input.getLabel(), now());
        objectives.persist(objective);
        audit.record(Subject.OBJECTIVE, String.valueOf(objective.id), null, terms(objective.latestRevision()));
        return ObjectiveInForce.at(objective, today.date());
    }

    @Transactional
    public ObjectiveInForce revise(long id, ObjectiveRevisionInputDto input) {
        Objective objective = objectives.findForRevision(id).orElseThrow(() -> notFound(id));
        requireWritable(objective.territoryCode);
        List<FieldError> errors = rules(objective, input);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ObjectiveRevision latest = objective.latestRevision();
        ObjectiveRevision revision = objective.revise(input.getTargetValue(),
                Objects.requireNonNullElse(input.getDueDate(), latest.dueDate),
                Objects.requireNonNullElse(input.getLabel(), latest.label), input.getReason(),
                effectiveDateOf(input), now());
        audit.record(Subject.OBJECTIVE, String.valueOf(objective.id), terms(latest), terms(revision));
        return ObjectiveInForce.at(objective, today.date());
    }

    public ObjectiveInForce get(long id) {
        return ObjectiveInForce.at(find(id), today.date());
    }

    /**
     * A page of objectives by id, those of exactly {@code territoryCode} if given (not those of the territories below
     * it: an objective belongs to the one territory it was set for), of {@code metric} if given.
     */
    public PageSlice<ObjectiveInForce> search(String territoryCode, Metric metric, int page, int size) {
        if (territoryCode != null) {
            territories.findParameter("territory", territoryCode);
        }
        LocalDate date = today.date();
        return objectives.search(territoryCode, metric, page, size)
                .map(objective -> ObjectiveInForce.at(objective, date));
    }

    /** The progress at {@code asOf} (today if null), with the revision in force then. */
    public ProgressReport progress(long id, LocalDate asOf) {
        Objective objective = find(id);
        return progress(objective, asOf == null ? today.date() : DateParameter.checked("asOf", asOf));
    }

    /** The progress at {@code asOf} of every objective set for exactly this territory, by id. */
    public List<ProgressReport> progressOfTerritory(String territoryCode, LocalDate asOf) {
        return objectives.findByTerritory(territoryCode).stream().map(objective -> progress(objective, asOf)).toList();
    }

    private ProgressReport progress(Objective objective, LocalDate asOf) {
        ObjectiveRevision inForce = objective.revisionInForceAt(asOf);
        Readings readings = Readings.read(objective.startDate, asOf,
                date -> metrics.valueAt(objective.territoryCode, objective.metric, date));
        ObjectiveProgress progress = ObjectiveProgress.at(asOf,
                new Plan(objective.startDate, inForce.dueDate, inForce.targetValue), readings);
        return new ProgressReport(objective, inForce, asOf, progress);
    }

    /** A producer sets objectives for its regions and below; an admin for any territory. */
    private void requireWritable(String territoryCode) {
        caller.refusal(territoryCode).ifPresent(error -> {
            throw ProblemException.forbidden(List.of(error));
        });
    }

    private static Map<String, Object> terms(ObjectiveRevision revision) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("revision", revision.revision);
        terms.put("targetValue", revision.targetValue);
        terms.put("dueDate", revision.dueDate.toString());
        terms.put("label", revision.label);
        if (revision.reason != null) {
            terms.put("reason", revision.reason);
            terms.put("effectiveDate", revision.effectiveDate.toString());
        }
        return terms;
    }

    /** Every rule a new objective breaks: the contract's constraints, then the domain's. */
    List<FieldError> rules(ObjectiveInputDto input) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(input));
        if (input.getTerritory() != null && isClean(errors, "territory")
                && territories.find(input.getTerritory()).isEmpty()) {
            errors.add(FieldError.rule("territory", "unknown-objective-territory"));
        }
        if (input.getMetric() != null) {
            checkTarget(mapper.metric(input.getMetric()), input.getTargetValue(), errors);
        }
        if (input.getStartDate() != null && input.getStartDate().isBefore(DmpLaw.DATE)) {
            errors.add(FieldError.rule("startDate", "before-law-no-dmp", DmpLaw.DATE));
        }
        checkNameable("startDate", input.getStartDate(), errors);
        if (input.getStartDate() != null && input.getDueDate() != null
                && !input.getDueDate().isAfter(input.getStartDate())) {
            errors.add(FieldError.rule("dueDate", "after-start", input.getStartDate()));
        }
        checkNameable("dueDate", input.getDueDate(), errors);
        checkNotBlank("label", input.getLabel(), errors);
        return sorted(errors);
    }

    /** Every rule a revision of {@code objective} breaks. */
    List<FieldError> rules(Objective objective, ObjectiveRevisionInputDto input) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(input));
        checkTarget(objective.metric, input.getTargetValue(), errors);
        if (input.getDueDate() != null && !input.getDueDate().isAfter(objective.startDate)) {
            errors.add(FieldError.rule("dueDate", "after-start", objective.startDate));
        }
        checkNameable("dueDate", input.getDueDate(), errors);
        checkNameable("effectiveDate", input.getEffectiveDate(), errors);
        checkNotBlank("label", input.getLabel(), errors);
        checkNotBlank("reason", input.getReason(), errors);
        LocalDate effective = effectiveDateOf(input);
        ObjectiveRevision latest = objective.latestRevision();
        if (effective.isBefore(objective.startDate)) {
            errors.add(effectiveDateError(input, new ProblemText("rule.before-start", objective.startDate), effective));
        } else if (latest.effectiveDate != null && effective.isBefore(latest.effectiveDate)) {
            errors.add(effectiveDateError(input,
                    new ProblemText("rule.before-revision", latest.revision, latest.effectiveDate), effective));
        }
        return sorted(errors);
    }

    /** The refusal of an effective date, saying which date it was when the client gave none. */
    private static FieldError effectiveDateError(ObjectiveRevisionInputDto input, ProblemText refusal,
            LocalDate effective) {
        return FieldError.of("effectiveDate", input.getEffectiveDate() == null
                ? new ProblemText("rule.defaulted-to-today", refusal, effective) : refusal);
    }

    /** A rate is a decimal fraction, so its target cannot exceed 1 (the contract already asks for more than 0). */
    private static void checkTarget(Metric metric, Double target, List<FieldError> errors) {
        if (target != null && isClean(errors, "targetValue") && metric.isRate() && target > 1) {
            errors.add(FieldError.rule("targetValue", "fraction-target", metric));
        }
    }

    /** A date of the contract has a four-digit year (Java would read +10000-01-01 too). */
    private static void checkNameable(String field, LocalDate date, List<FieldError> errors) {
        if (date != null && isClean(errors, field)
                && (date.isBefore(DateParameter.FIRST) || date.isAfter(DateParameter.LAST))) {
            errors.add(FieldError.rule(field, "date-between", DateParameter.FIRST, DateParameter.LAST));
        }
    }

    /** The contract bounds the length; a text of spaces only says nothing either. */
    private static void checkNotBlank(String field, String value, List<FieldError> errors) {
        if (value != null && !value.isEmpty() && value.isBlank()) {
            errors.add(FieldError.rule(field, "blank"));
        }
    }

    /** Whether no error names this field yet: one message per field is enough. */
    private static boolean isClean(List<FieldError> errors, String field) {
        return errors.stream().noneMatch(error -> field.equals(error.field()));
    }

    private static List<FieldError> sorted(List<FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
    }

    private LocalDate effectiveDateOf(ObjectiveRevisionInputDto input) {
        return input.getEffectiveDate() == null ? today.date() : input.getEffectiveDate();
    }

    private Objective find(long id) {
        return objectives.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound(new ProblemText("detail.no-objective", id));
    }

    private OffsetDateTime now() {
        return today.now();
    }
}
