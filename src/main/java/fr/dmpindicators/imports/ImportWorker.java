package fr.dmpindicators.imports;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Runs queued import jobs one at a time, oldest first, on a thread of its own: woken once the service listens (after
 * queuing again the jobs a stopped service left running) and by each submission. Stopping the service interrupts the
 * job running, which stays RUNNING with nothing stored, to be started again at the next start.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRun run;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "import-worker");
        worker.setDaemon(true);
        return worker;
    });

    /**
     * Once the service listens, after every start-up step (the demo dataset's load among them, which the jobs' records
     * may update): the jobs a stopped service left running are queued again, then the queue runs, all on the worker's
     * thread, so that the start does not wait for them.
     */
    void resumeOnceListening(@ObservesAsync HttpServerStart listening) {
        onWorker(() -> {
            try {
                jobs.requeueInterrupted();
            } catch (RuntimeException e) {
                if (!thread.isShutdown()) {
                    LOG.error("Could not queue again the import jobs a stopped service left running", e);
                }
                return;
            }
            drain();
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        thread.shutdownNow();
    }

    /** Runs the queued jobs, if the worker is not already at it (a second wake finds the queue empty). */
    public void wake() {
        onWorker(this::drain);
    }

    private void onWorker(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Import worker stopped; queued jobs wait for the next start");
        }
    }

    /** A job over for good needs its file no more; one left running keeps it for the next start. */
    private void discardFileOfEnded(long id) {
        ImportJob job = jobs.find(id);
        if (job.status.isOver()) {
            ImportFiles.discard(job);
        }
    }

    private void drain() {
        Optional<Long> next;
        while (!thread.isShutdown() && (next = jobs.nextQueued()).isPresent()) {
            long id = next.get();
            try {
                run.run(id);
            } catch (RuntimeException e) {
                if (thread.isShutdown()) {
                    return;
                }
                LOG.errorf(e, "Import job %d failed", id);
                jobs.stop(id, ImportStatus.FAILED, new Tallies(), List.of(),
                        "The job failed unexpectedly; nothing was stored.");
            }
            discardFileOfEnded(id);
        }
    }
}
