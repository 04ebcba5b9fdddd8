package fr.dmpindicators.contract;

import fr.dmpindicators.contract.AnswerCheck.Failure;
import java.util.Map;
import java.util.TreeMap;

/**
 * The failures of a fuzz run grouped by class (operation, status, what mismatched), each with how often it happened
 * and the first request that showed it, so that a run lists every distinct failure, not just the first.
 */
final class FailureReport {

    private record FailureClass(Failure first, int count) {
    }

    private final Map<String, FailureClass> classes = new TreeMap<>();

    void add(Failure failure) {
        classes.merge(failure.failureClass(), new FailureClass(failure, 1),
                (known, again) -> new FailureClass(known.first(), known.count() + 1));
    }

    boolean isEmpty() {
        return classes.isEmpty();
    }

    int size() {
        return classes.size();
    }

    String text() {
        StringBuilder text = new StringBuilder();
        classes.forEach((name, failureClass) -> text.append("\n* ").append(name)
                .append("  (×").append(failureClass.count()).append(")\n    request: ")
                .append(failureClass.first().request()).append("\n    answer:  ")
                .append(failureClass.first().answer()).append('\n'));
        return text.toString();
    }
}
