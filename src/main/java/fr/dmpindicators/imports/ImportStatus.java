package fr.dmpindicators.imports;

/** Where an import job stands; the last three are over for good. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    boolean isOver() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
