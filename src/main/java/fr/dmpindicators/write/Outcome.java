package fr.dmpindicators.write;

import java.util.Locale;

/** What a write did to one item, the same words for every subject: batch summaries, metrics and audit read them. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED, REJECTED, DELETED;

    /** The outcome as metrics tag it: {@code created}, {@code updated}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an item with this outcome changed what is stored (and so leaves an audit entry). */
    public boolean changesStore() {
        return this == CREATED || this == UPDATED || this == DELETED;
    }
}
