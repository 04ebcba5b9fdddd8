package fr.dmpindicators.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /**
     * Counts items of a subject ({@code dmp-creation}, {@code establishment}, {@code reference-population}) written
     * with an outcome ({@code created}, {@code updated}, {@code unchanged}, {@code rejected}, {@code deleted}) as
     * {@code dmp.writes}; pushed DMP creation records also as {@code dmp.records.pushed} by outcome.
     */
    public void written(String subject, String outcome, long count) {
        count("dmp.writes", Tags.of("subject", subject, "outcome", outcome), count);
        if (RECORDS.equals(subject) && !"deleted".equals(outcome)) {
            count("dmp.records.pushed", Tags.of("outcome", outcome), count);
        }
    }

    /** Counts one batch stored (not a dry run) of this subject. */
    public void batchStored(String subject) {
        count("dmp.batches", Tags.of("kind", subject), 1);
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
