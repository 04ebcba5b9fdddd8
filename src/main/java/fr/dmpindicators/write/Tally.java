package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A batch counted as its chunks go through the pipeline: items received, outcomes, errors of rejected items. */
public final class Tally {

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<FieldError> errors = new ArrayList<>();
    private int received;

    void add(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    void receive(int items, BatchScreening.Result<?> screened) {
        received += items;
        counts.merge(Outcome.REJECTED, screened.rejected(), Integer::sum);
        errors.addAll(screened.errors());
    }

    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    public BatchSummary summary(BatchOptions options, String auditRequestId) {
        return new BatchSummary(options.atomic(), options.dryRun(), received, count(Outcome.CREATED),
                count(Outcome.UPDATED), count(Outcome.UNCHANGED), List.copyOf(errors), auditRequestId);
    }
}
