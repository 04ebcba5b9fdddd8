package fr.dmpindicators.write;

import fr.dmpindicators.language.Texts;
import fr.dmpindicators.problem.FieldError;
import java.util.List;
import java.util.Locale;

/** What a batch did, or would do on a dry run: counts by outcome and every rejected item's errors. */
public record BatchSummary(boolean atomic, boolean dryRun, int received, int created, int updated, int unchanged,
        List<FieldError> errors, String auditRequestId) {

    private static final String BUNDLE = "fr.dmpindicators.write.summaries";

    public int rejected() {
        return (int) errors.stream().map(FieldError::index).distinct().count();
    }

    public String message(Locale locale) {
        return message(dryRun, created, updated, unchanged, rejected(), locale);
    }

    /** The one-line summary of counts, which says when nothing changed: a batch's, or a whole file's. */
    public static String message(boolean dryRun, long created, long updated, long unchanged, long rejected,
            Locale locale) {
        Texts texts = Texts.of(BUNDLE, locale);
        String counts = texts.get("counts", created, updated, unchanged, rejected);
        if (dryRun) {
            return texts.get("dry-run", counts);
        }
        return texts.get(created + updated == 0 ? "nothing-changed" : "stored", counts);
    }
}
