package fr.dmpindicators.objective;

import java.time.LocalDate;

/** An objective as it stands on a date: what never changes, and the target, due date and label then in force. */
public record ObjectiveInForce(Objective objective, ObjectiveRevision inForce) {

    public static ObjectiveInForce at(Objective objective, LocalDate date) {
        return new ObjectiveInForce(objective, objective.revisionInForceAt(date));
    }
}
