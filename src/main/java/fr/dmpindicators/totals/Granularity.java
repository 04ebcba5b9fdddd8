package fr.dmpindicators.totals;

import java.time.LocalDate;

/**
 * The length of the period a totals row sums: a day, a calendar month or a calendar year. A row is keyed by the first
 * day of its period, and the tables store the granularity as a one-letter code (migrations V2 and V6).
 */
public enum Granularity {
    DAY("D"),
    MONTH("M"),
    YEAR("Y");

    private final String code;

    Granularity(String code) {
        this.code = code;
    }

    /** The code stored in the granularity column. */
    public String code() {
        return code;
    }

    /** The first day of the period of this granularity that holds the day. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the period that begins this many periods after the one starting on this day. */
    public LocalDate plus(LocalDate start, long periods) {
        return switch (this) {
            case DAY -> start.plusDays(periods);
            case MONTH -> start.plusMonths(periods);
            case YEAR -> start.plusYears(periods);
        };
    }

    /** The next granularity down: months for a year, days for a month. */
    public Granularity finer() {
        return switch (this) {
            case YEAR -> MONTH;
            case MONTH -> DAY;
            case DAY -> throw new IllegalStateException("No period is shorter than a day");
        };
    }
}
