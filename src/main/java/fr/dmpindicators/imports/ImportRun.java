package fr.dmpindicators.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.ImportErrorDto;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.record.DmpCreationService;
import fr.dmpindicators.request.RequestId;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchSummary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs one import job as its submitter, in one pass over the file, in chunks, through the write pipeline: a dry run
 * checks each chunk in a short transaction of its own; otherwise all chunks are stored in one transaction, which also
 * marks the job done, so a job is stored whole or not at all, and a service that stops in between leaves nothing
 * behind ({@link ImportJobs#requeueInterrupted}). An atomic job that meets a bad line goes on checking the rest of the
 * file without storing, to name every bad line, then rolls back.
 */
@ApplicationScoped
public class ImportRun {

    private static final BatchOptions CHECK = new BatchOptions(false, true);
    private static final BatchOptions STORE = new BatchOptions(false, false);

    @Inject
    ImportJobs jobs;

    @Inject
    DmpCreationService records;

    @Inject
    Caller caller;

    @Inject
    RequestId requestId;

    @Inject
    DmpConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entities;

    /** The job was asked to stop, after reading what the tallies count. */
    private static final class Cancelled extends RuntimeException {
        final transient Tallies tallies;

        Cancelled(Tallies tallies) {
            super(null, null, false, false);
            this.tallies = tallies;
        }
    }

    /** The pass over the file found lines it refuses, in an atomic job: nothing is to be stored. */
    private static final class Refused extends RuntimeException {
        final transient Tallies tallies;

        Refused(Tallies tallies) {
            super(null, null, false, false);
            this.tallies = tallies;
        }
    }

    @ActivateRequestContext
    public void run(long id) {
        if (!jobs.start(id)) {
            return;
        }
        ImportJob job = jobs.find(id);
        requestId.adopt("import-" + id);
        caller.actFor(new Caller.Submitter(job.submittedBy, job.client, job.submitterAdmin,
                Set.copyOf(Arrays.asList(job.submitterRegions.split(",")))));
        Path file = Path.of(job.filePath);
        List<CsvWarningDto> warnings = new ArrayList<>();
        try {
            FileText text = FileText.of(file, job.charset, job.format == ImportJob.Format.CSV);
            if (job.dryRun) {
                Tallies checked = pass(job, file, text, warnings);
                if (job.atomic && checked.rejected > 0) {
                    throw new Refused(checked);
                }
                QuarkusTransaction.requiringNew().run(() -> jobs.succeed(id, checked, warnings, null, true));
                return;
            }
            int timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, config.imports().transactionTimeout().toSeconds());
            QuarkusTransaction.requiringNew().timeout(timeoutSeconds)
                    .run(() -> {
                        Tallies stored = pass(job, file, text, warnings);
                        if (job.atomic && stored.rejected > 0) {
                            throw new Refused(stored);
                        }
                        jobs.succeed(id, stored, warnings,
                                stored.created + stored.updated > 0 ? requestId.value() : null, false);
                    });
        } catch (FileText.Malformed e) {
            Tallies none = new Tallies();
            none.keep(List.of(FileRows.error(0, "file", e.getMessage())));
            jobs.stop(id, ImportStatus.FAILED, none, List.of(), e.getMessage() + " Nothing was stored.");
        } catch (Refused e) {
            jobs.stop(id, ImportStatus.FAILED, e.tallies, warnings, refusal(e.tallies));
        } catch (Cancelled e) {
            jobs.stop(id, ImportStatus.CANCELLED, e.tallies, warnings, "Cancelled; nothing was stored.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(Tallies tallies) {
        return tallies.rejected + " line(s) refused, the first at line " + tallies.errors.get(0).getLine()
                + "; nothing was stored (atomic). Fix them, or import with atomic=false to store the others.";
    }

    /**
     * Reads the whole file in chunks of {@code dmp.batch.max-items} records through the write pipeline. A dry run
     * gives each chunk a transaction of its own; a store shares the caller's, the persistence context being emptied
     * after each chunk so that a file of millions of records holds no more than one chunk in memory.
     */
    private Tallies pass(ImportJob job, Path file, FileText text, List<CsvWarningDto> warnings) {
        int chunkSize = config.batch().maxItems();
        Tallies tallies = new Tallies();
        FileText.ByteCount read = new FileText.ByteCount();
        try (FileRows rows = open(job, file, text, read)) {
            List<DmpCreationDto> items = new ArrayList<>(chunkSize);
            long[] lines = new long[chunkSize];
            while (rows.next()) {
                tallies.lines++;
                List<ImportErrorDto> errors = rows.errors();
                if (rows.item() == null || !errors.isEmpty()) {
                    tallies.refuse(errors);
                } else {
                    lines[items.size()] = rows.line();
                    items.add(rows.item());
                }
                if (items.size() == chunkSize) {
                    push(job, items, lines, tallies, read);
                }
            }
            tallies.keep(rows.errors());
            if (rows.broken()) {
                tallies.rejected++;
                throw new Refused(tallies);
            }
            if (!items.isEmpty()) {
                push(job, items, lines, tallies, read);
            }
            warnings.addAll(rows.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tallies;
    }

    /**
     * One chunk: checked alone in a dry run, else stored in the caller's transaction, or only checked there once an
     * atomic job has met a bad line (it will be rolled back; storing more would be wasted).
     */
    private void push(ImportJob job, List<DmpCreationDto> items, long[] lines, Tallies tallies,
            FileText.ByteCount read) {
        BatchSummary summary;
        if (job.dryRun) {
            summary = QuarkusTransaction.requiringNew().call(() -> records.pushChunk(items, CHECK));
        } else {
            summary = records.pushChunk(items, job.atomic && tallies.rejected > 0 ? CHECK : STORE);
            entities.flush();
            entities.clear();
        }
        tallies.add(summary, lines);
        items.clear();
        if (jobs.progress(job.id, read.value(), tallies.lines)) {
            throw new Cancelled(tallies);
        }
    }

    private FileRows open(ImportJob job, Path file, FileText text, FileText.ByteCount read) throws IOException {
        if (job.format == ImportJob.Format.CSV) {
            return new CsvFileRows(text.open(file, read), text.windows1252());
        }
        return new JsonLinesRows(text.open(file, read), json.reader());
    }
}
