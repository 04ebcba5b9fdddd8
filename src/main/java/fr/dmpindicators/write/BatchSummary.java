package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import java.util.List;

/** What a batch did, or would do on a dry run: counts by outcome and every rejected item's errors. */
public record BatchSummary(boolean atomic, boolean dryRun, int received, int created, int updated, int unchanged,
        List<FieldError> errors, String auditRequestId) {

    public int rejected() {
        return (int) errors.stream().map(FieldError::index).distinct().count();
    }

    public String message() {
        return message(dryRun, created, updated, unchanged, rejected());
    }

    /** The one-line summary of counts, which says when nothing changed: a batch's, or a whole file's. */
    public static String message(boolean dryRun, long created, long updated, long unchanged, long rejected) {
        String counts = created + " created, " + updated + " updated, " + unchanged + " unchanged, " + rejected
                + " rejected";
        if (dryRun) {
            return "Dry run, nothing stored: " + counts + ".";
        }
        if (created + updated == 0) {
            return "Nothing changed: " + counts + ".";
        }
        return counts + ".";
    }
}
