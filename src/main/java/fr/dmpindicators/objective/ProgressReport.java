package fr.dmpindicators.objective;

import java.time.LocalDate;

/** The progress of an objective at a date, with the revision in force then and the figures computed for it. */
public record ProgressReport(Objective objective, ObjectiveRevision inForce, LocalDate asOf,
        ObjectiveProgress figures) {
}
