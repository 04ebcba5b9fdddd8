package fr.dmpindicators.write;

/** How a producer wants a batch handled: all or nothing (the default), and whether to store at all. */
public record BatchOptions(boolean atomic, boolean dryRun) {

    /** All or nothing, and stored: the defaults, and how a single item is written. */
    public static final BatchOptions ATOMIC = new BatchOptions(true, false);

    public static BatchOptions of(Boolean atomic, Boolean dryRun) {
        return new BatchOptions(atomic == null || atomic, dryRun != null && dryRun);
    }
}
