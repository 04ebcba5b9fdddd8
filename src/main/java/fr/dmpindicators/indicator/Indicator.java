package fr.dmpindicators.indicator;

/** The indicators of domain §5, as the catalogue lists them, each with the unit of its value. */
public enum Indicator {
    DMP_CREATED(Unit.COUNT),
    DMP_ALIMENTED(Unit.COUNT),
    COVERAGE_RATE(Unit.RATIO),
    ALIMENTATION_SHARE(Unit.RATIO),
    GROWTH(Unit.RATIO),
    BREAKDOWN(Unit.RATIO),
    RANKING(Unit.RATIO),
    ESTABLISHMENTS_INVOLVED(Unit.COUNT),
    OBJECTIVE_PROGRESS(Unit.RATIO),
    COMPLETENESS(Unit.RATIO);

    /** A count of DMP or establishments, or a decimal fraction. */
    public enum Unit {
        COUNT, RATIO
    }

    private final Unit unit;

    Indicator(Unit unit) {
        this.unit = unit;
    }

    /** Named as a bean property so that mappers read it as one. */
    public Unit getUnit() {
        return unit;
    }
}
