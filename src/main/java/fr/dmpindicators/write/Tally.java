package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcomes of a batch counted as its chunks go through the pipeline, and the errors of its rejected items. */
public final class Tally {

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<FieldError> errors = new ArrayList<>();

    void add(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    void reject(BatchScreening.Result<?> screened) {
        counts.merge(Outcome.REJECTED, screened.rejected(), Integer::sum);
        errors.addAll(screened.errors());
    }

    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    public BatchSummary summary(BatchOptions options, int received, String auditRequestId) {
        return new BatchSummary(options.atomic(), options.dryRun(), received, count(Outcome.CREATED),
                count(Outcome.UPDATED), count(Outcome.UNCHANGED), List.copyOf(errors), auditRequestId);
    }
}
