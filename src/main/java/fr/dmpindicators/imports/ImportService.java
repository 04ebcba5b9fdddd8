package fr.dmpindicators.imports;

import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Import jobs as producers see them: submitted, followed, listed (their own, or all for an admin) and cancelled. */
@ApplicationScoped
public class ImportService {

    @Inject
    ImportJobRepository jobs;

    @Inject
    Caller caller;

    @Inject
    DmpConfig config;

    /**
     * Keeps the uploaded file in the imports folder and queues its job, with the submitter's rights. An empty file is
     * refused and not kept; one over the limit never gets here ({@code http.FileUploadLimit}).
     */
    @Transactional
    public ImportJob submit(File upload, ImportJob.Format format, String charset, BatchOptions options)
            throws IOException {
        Path dir = Path.of(config.imports().dir());
        Files.createDirectories(dir);
        Path file = dir.resolve(UUID.randomUUID() + "." + format.name().toLowerCase(Locale.ROOT));
        Files.move(upload.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        long size = Files.size(file);
        if (size == 0) {
            Files.delete(file);
            throw ProblemException.invalid(List.of(FieldError.rule("body", "empty-file")));
        }
        Caller.Submitter submitter = caller.asSubmitter();
        ImportJob job = new ImportJob();
        job.status = ImportStatus.QUEUED;
        job.format = format;
        job.charset = charset;
        job.atomic = options.atomic();
        job.dryRun = options.dryRun();
        job.filePath = file.toString();
        job.submittedBy = submitter.actor();
        job.client = submitter.client();
        job.submitterAdmin = submitter.admin();
        job.submitterRegions = String.join(",", submitter.regions());
        job.submittedAt = ImportJobs.now();
        job.bytesTotal = size;
        jobs.persist(job);
        return job;
    }

    public ImportJob get(long id) {
        ImportJob job = jobs.findByIdOptional(id).orElse(null);
        if (job == null || !(caller.isAdmin() || caller.actor().equals(job.submittedBy))) {
            throw ProblemException.notFound(new ProblemText("detail.nothing-at", "/api/v1/imports/" + id));
        }
        return job;
    }

    public PageSlice<ImportJob> list(int page, int size) {
        return jobs.search(caller.isAdmin() ? null : caller.actor(), page, size);
    }

    /** A queued job is cancelled at once; a running one is asked to stop, which it does at its next chunk. */
    @Transactional
    public ImportJob cancel(long id) {
        ImportJob job = get(id);
        jobs.getEntityManager().refresh(job, LockModeType.PESSIMISTIC_WRITE);
        if (job.status == ImportStatus.QUEUED) {
            job.status = ImportStatus.CANCELLED;
            job.endedAt = ImportJobs.now();
            job.message = "Cancelled before it started; nothing was stored.";
            ImportFiles.discard(job);
        } else if (job.status == ImportStatus.RUNNING) {
            job.cancelRequested = true;
        }
        return job;
    }
}
