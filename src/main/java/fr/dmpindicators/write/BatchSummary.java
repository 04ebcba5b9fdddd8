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
        String counts = created + " created, " + updated + " updated, " + unchanged + " unchanged, " + rejected()
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
