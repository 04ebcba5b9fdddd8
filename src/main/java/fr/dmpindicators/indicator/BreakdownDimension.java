package fr.dmpindicators.indicator;

/** What a breakdown splits the counts of a period by. */
public enum BreakdownDimension {
    CHANNEL, PRACTITIONER_TYPE, ESTABLISHMENT, TERRITORY
}
