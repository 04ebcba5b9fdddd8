package fr.dmpindicators.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.ImportErrorDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a job's row, each in a transaction of its own except {@link #succeed}, which joins the transaction
 * that stores the file's records: a job is marked done exactly when its records are stored, never one without the
 * other.
 */
@ApplicationScoped
public class ImportJobs {

    /** A job that stopped the service this many times is not started again. */
    static final int MAX_ATTEMPTS = 3;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ObjectMapper json;

    /** Takes a queued job for a worker: false if it is no longer queued (cancelled, or taken by another). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean start(long id) {
        return jobs.update("status = ?1, attempts = attempts + 1, startedAt = ?2, endedAt = null where id = ?3"
                + " and status = ?4", ImportStatus.RUNNING, now(), id, ImportStatus.QUEUED) == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> nextQueued() {
        return jobs.nextQueued().map(job -> job.id);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public ImportJob find(long id) {
        return jobs.findById(id);
    }

    /** Records the progress of the current pass; answers whether the job was asked to stop. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean progress(long id, long bytesRead, long linesRead) {
        ImportJob job = jobs.findById(id);
        job.bytesRead = bytesRead;
        job.linesRead = linesRead;
        return job.cancelRequested;
    }

    /** Ends a job whose records are stored, in the transaction that stored them. */
    @Transactional(TxType.MANDATORY)
    public void succeed(long id, Tallies tallies, List<CsvWarningDto> warnings, String auditRequestId,
            boolean dryRun) {
        end(jobs.findById(id), ImportStatus.SUCCEEDED, tallies, warnings, tallies.message(dryRun))
                .auditRequestId = auditRequestId;
    }

    /** Ends a job with nothing stored: refused lines, an unreadable file, a cancellation. */
    @Transactional(TxType.REQUIRES_NEW)
    public void stop(long id, ImportStatus status, Tallies tallies, List<CsvWarningDto> warnings, String message) {
        end(jobs.findById(id), status, tallies, warnings, message);
    }

    /**
     * At start-up: a job left running by a service that stopped had stored nothing (its records and its end are
     * committed together), so it is queued again to start from scratch, unless it already stopped the service
     * {@link #MAX_ATTEMPTS} times, when it fails.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void requeueInterrupted() {
        jobs.update("status = ?1, cancelRequested = false, message = ?2 where status = ?3 and attempts < ?4",
                ImportStatus.QUEUED, "Interrupted by a restart with nothing stored; started again from the start.",
                ImportStatus.RUNNING, MAX_ATTEMPTS);
        jobs.update("status = ?1, endedAt = ?2, message = ?3 where status = ?4", ImportStatus.FAILED, now(),
                "Interrupted by a restart " + MAX_ATTEMPTS + " times; nothing was stored.", ImportStatus.RUNNING);
    }

    private ImportJob end(ImportJob job, ImportStatus status, Tallies tallies, List<CsvWarningDto> warnings,
            String message) {
        job.status = status;
        job.endedAt = now();
        job.linesRead = tallies.lines;
        job.created = tallies.created;
        job.updated = tallies.updated;
        job.unchanged = tallies.unchanged;
        job.rejected = tallies.rejected;
        job.errors = write(tallies.errors);
        job.warnings = write(warnings);
        job.message = message;
        return job;
    }

    private String write(List<?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Errors and warnings are plain records", e);
        }
    }

    /** The errors kept with a job. */
    List<ImportErrorDto> errorsOf(ImportJob job) {
        return read(job.errors, ImportErrorDto[].class);
    }

    /** The warnings kept with a job. */
    List<CsvWarningDto> warningsOf(ImportJob job) {
        return read(job.warnings, CsvWarningDto[].class);
    }

    private <T> List<T> read(String text, Class<T[]> type) {
        try {
            return List.of(json.readValue(text, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The job's row holds what write() wrote", e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
