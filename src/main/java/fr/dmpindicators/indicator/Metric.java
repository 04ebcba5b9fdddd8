package fr.dmpindicators.indicator;

/** The indicators that objectives target and rankings sort by (domain §5). */
public enum Metric {
    /** Cumulative DMP created: a count. */
    DMP_CREATED,
    /** Cumulative DMP created ÷ reference population: a ratio. */
    COVERAGE_RATE,
    /** Cumulative DMP alimented ÷ cumulative DMP created: a ratio. */
    ALIMENTATION_SHARE;

    public boolean isRate() {
        return this != DMP_CREATED;
    }
}
