package fr.dmpindicators.objective;

/** Where an objective stands at a date (domain §5), in the order the rules are tried. */
public enum ObjectiveStatus {
    /** The current value has reached the target. */
    ACHIEVED,
    /** The due date has passed without the target being reached. */
    MISSED,
    /** At or above the value expected on the straight line from the start value to the target. */
    ON_TRACK,
    /** Below that line, or not measurable. */
    BEHIND
}
