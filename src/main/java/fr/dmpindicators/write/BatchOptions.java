package fr.dmpindicators.write;

/** How a producer wants a batch handled: all or nothing (the default), and whether to store at all. */
public record BatchOptions(boolean atomic, boolean dryRun) {

    public static BatchOptions of(Boolean atomic, Boolean dryRun) {
        return new BatchOptions(atomic == null || atomic, dryRun != null && dryRun);
    }
}
