package fr.dmpindicators.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Says in the log how far the demo load has come, every few seconds: a first start spends seconds, more on a busy
 * machine, before the service listens, and a log that stays silent that long looks like a hang.
 */
@ApplicationScoped
public class LoadProgress {

    private static final Logger LOG = Logger.getLogger(LoadProgress.class);
    private static final long EVERY_NANOS = 2_000_000_000L;

    private long started;
    private long lastSaid;

    void starting(int total) {
        started = System.nanoTime();
        lastSaid = started;
        LOG.infof("Loading the demo dataset into an empty database: %d DMP creation records, in one transaction",
                total);
    }

    /** Records written so far, not yet committed: said when a few seconds have passed since the last line. */
    void stored(int records, int total) {
        long now = System.nanoTime();
        if (now - lastSaid >= EVERY_NANOS || records == total) {
            lastSaid = now;
            LOG.infof("Demo dataset: %d of %d DMP creation records written (%d %%)", records, total,
                    100L * records / total);
        }
    }

    void loaded(int populations, int records) {
        LOG.infof("Demo dataset loaded in %d ms: %d reference populations, %d DMP creation records",
                (System.nanoTime() - started) / 1_000_000, populations, records);
    }
}
