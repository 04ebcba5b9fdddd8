package fr.dmpindicators.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The service's own counters, next to the HTTP, JVM and pool metrics at {@code /q/metrics}: records pushed by
 * outcome, batches, refusals by problem type, and indicator reads by indicator.
 */
@ApplicationScoped
public class ServiceMetrics {

    @Inject
    MeterRegistry registry;

    /** Counts records pushed with this outcome: created, updated, unchanged or rejected. */
    public void recordsPushed(String outcome, long count) {
        count("dmp.records.pushed", "outcome", outcome, count);
    }

    /** Counts one batch stored (not a dry run) of this kind. */
    public void batchStored(String kind) {
        count("dmp.batches", "kind", kind, 1);
    }

    /** Counts a refused request by problem type (validation, forbidden…), batches refused whole included. */
    public void problem(String type) {
        count("dmp.problems", "type", type, 1);
    }

    public void indicatorRead(String indicator) {
        count("dmp.indicator.reads", "indicator", indicator, 1);
    }

    private void count(String name, String tag, String value, double amount) {
        if (amount > 0) {
            Counter.builder(name).tag(tag, value).register(registry).increment(amount);
        }
    }
}
