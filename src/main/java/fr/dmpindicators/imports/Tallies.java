package fr.dmpindicators.imports;

import fr.dmpindicators.api.model.ImportErrorDto;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.write.BatchSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a file, counted chunk by chunk: lines read, outcomes, and the first errors with their lines (a
 * file of millions of bad lines keeps {@link #MAX_ERRORS}, its count of rejected lines being exact).
 */
final class Tallies {

    static final int MAX_ERRORS = 100;

    long lines;
    long created;
    long updated;
    long unchanged;
    long rejected;
    final List<ImportErrorDto> errors = new ArrayList<>();

    /** A line refused before it reached the pipeline (unreadable), with its errors. */
    void refuse(List<ImportErrorDto> lineErrors) {
        rejected++;
        keep(lineErrors);
    }

    void keep(List<ImportErrorDto> found) {
        for (ImportErrorDto error : found) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(error);
            }
        }
    }

    /** A chunk's summary; {@code lines[i]} is the line of the chunk's item i. */
    void add(BatchSummary chunk, long[] lines) {
        created += chunk.created();
        updated += chunk.updated();
        unchanged += chunk.unchanged();
        rejected += chunk.rejected();
        for (FieldError error : chunk.errors()) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(FileRows.error(error.index() == null ? 0 : lines[error.index()], error.field(),
                        error.message()));
            }
        }
    }

    String message(boolean dryRun) {
        return BatchSummary.message(dryRun, created, updated, unchanged, rejected, Language.DEFAULT);
    }
}
