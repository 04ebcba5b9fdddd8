package fr.dmpindicators.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The service's own counters, next to the HTTP, JVM and pool metrics at {@code /q/metrics}: items written by subject
 * and outcome, batches, refusals by problem type, and indicator reads by indicator.
 */
@ApplicationScoped
public class ServiceMetrics {

    /** The subject whose pushes keep, besides {@code dmp.writes}, the meter dashboards have read since the start. */
    private static final String RECORDS = "dmp-creation";

    @Inject
    MeterRegistry registry;

    @Inject
    Event<Writes> committed;

    /**
     * Items of a subject ({@code dmp-creation}, {@code establishment}, {@code reference-population}) written with
     * each outcome ({@code created}, {@code updated}, {@code unchanged}, {@code rejected}, {@code deleted}), and
     * whether they were a stored batch. Fired by the write pipeline and counted only once its transaction commits, so
     * that what was rolled back (a failed atomic import, a batch whose commit failed) is never counted.
     */
    public record Writes(String subject, Map<String, Integer> outcomes, boolean batch) {
    }

    /** Counts these writes once the current transaction commits, at once outside a transaction. */
    public void written(Writes writes) {
        committed.fire(writes);
    }

    /**
     * Counts the items as {@code dmp.writes} by subject and outcome, pushed DMP creation records also as
     * {@code dmp.records.pushed} by outcome, and a batch as {@code dmp.batches}.
     */
    void countCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Writes writes) {
        writes.outcomes().forEach((outcome, count) -> {
            count("dmp.writes", Tags.of("subject", writes.subject(), "outcome", outcome), count);
            if (RECORDS.equals(writes.subject()) && !"deleted".equals(outcome)) {
                count("dmp.records.pushed", Tags.of("outcome", outcome), count);
            }
        });
        if (writes.batch()) {
            count("dmp.batches", Tags.of("kind", writes.subject()), 1);
        }
    }

    /** Counts a refused request by problem type (validation, forbidden…), batches refused whole included. */
    public void problem(String type) {
        count("dmp.problems", Tags.of("type", type), 1);
    }

    public void indicatorRead(String indicator) {
        count("dmp.indicator.reads", Tags.of("indicator", indicator), 1);
    }

    private void count(String name, Tags tags, double amount) {
        if (amount > 0) {
            Counter.builder(name).tags(tags).register(registry).increment(amount);
        }
    }
}
