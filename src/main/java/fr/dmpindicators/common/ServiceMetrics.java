package fr.dmpindicators.common;

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

    /** Counts one batch and what it did to records, unless it was a dry run. */
    public void batchPushed(BatchSummary summary) {
        if (summary.dryRun()) {
            return;
        }
        count("dmp.records.pushed", "outcome", "created", summary.created());
        count("dmp.records.pushed", "outcome", "updated", summary.updated());
        count("dmp.records.pushed", "outcome", "unchanged", summary.unchanged());
        count("dmp.records.pushed", "outcome", "rejected", summary.rejected());
        count("dmp.batches", "kind", "dmp-creation", 1);
    }

    /** Counts one record pushed alone: created, updated or unchanged. */
    public void recordPushed(String outcome) {
        count("dmp.records.pushed", "outcome", outcome, 1);
    }

    /** Counts a refused request by problem type (validation, forbidden…), batches refused whole included. */
    public void problem(ProblemType type) {
        count("dmp.problems", "type", type.name().toLowerCase().replace('_', '-'), 1);
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
