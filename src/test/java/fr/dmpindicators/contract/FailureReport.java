package fr.dmpindicators.contract;

import fr.dmpindicators.contract.AnswerCheck.Failure;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The failures of a fuzz run grouped by class (what mismatched, and the status answered), each with the operations
 * that showed it and how often, the distinct inputs that led to it, and the first request and answer as evidence:
 * a run lists every distinct failure, not just the first.
 */
final class FailureReport {

    private static final class FailureClass {
        final Failure first;
        final Map<String, Integer> operations = new TreeMap<>();
        final Set<String> details = new LinkedHashSet<>();

        FailureClass(Failure first) {
            this.first = first;
        }
    }

    private final Map<String, FailureClass> classes = new TreeMap<>();

    void add(Failure failure) {
        String name = failure.rule() + (failure.status() > 0 ? " → answered " + failure.status() : "");
        FailureClass failureClass = classes.computeIfAbsent(name, key -> new FailureClass(failure));
        failureClass.operations.merge(failure.operation(), 1, Integer::sum);
        if (!failure.detail().isEmpty() && failureClass.details.size() < 8) {
            failureClass.details.add(failure.detail());
        }
    }

    boolean isEmpty() {
        return classes.isEmpty();
    }

    int size() {
        return classes.size();
    }

    String text() {
        StringBuilder text = new StringBuilder();
        classes.forEach((name, failureClass) -> {
            text.append("\n* ").append(name).append("\n    operations: ").append(failureClass.operations);
            if (!failureClass.details.isEmpty()) {
                text.append("\n    inputs: ").append(String.join("; ", failureClass.details));
            }
            if (!failureClass.first.request().isEmpty()) {
                text.append("\n    request: ").append(failureClass.first.request())
                        .append("\n    answer:  ").append(failureClass.first.answer());
            }
            text.append('\n');
        });
        return text.toString();
    }
}
