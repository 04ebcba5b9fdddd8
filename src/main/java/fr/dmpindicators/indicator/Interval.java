package fr.dmpindicators.indicator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The periods of a time series: days, ISO weeks (Monday first), months, calendar quarters, years. */
public enum Interval {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the period that holds this date. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** How a period is named: 2018-06-05, 2018-W23, 2018-06, 2018-Q2, 2018. */
    public String label(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.toString();
            case WEEK -> String.format("%d-W%02d", periodStart.get(IsoFields.WEEK_BASED_YEAR),
                    periodStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> periodStart.toString().substring(0, 7);
            case QUARTER -> periodStart.getYear() + "-Q" + periodStart.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(periodStart.getYear());
        };
    }

    /** How many periods a series from {@code from} to {@code to} (both included, from not after to) has. */
    public long periodsBetween(LocalDate from, LocalDate to) {
        LocalDate first = startOf(from);
        LocalDate last = startOf(to);
        return 1 + switch (this) {
            case DAY -> ChronoUnit.DAYS.between(first, last);
            case WEEK -> ChronoUnit.WEEKS.between(first, last);
            case MONTH -> ChronoUnit.MONTHS.between(first, last);
            case QUARTER -> ChronoUnit.MONTHS.between(first, last) / 3;
            case YEAR -> ChronoUnit.YEARS.between(first, last);
        };
    }

    /** Whether a whole calendar month always lies inside one period, so monthly totals can be used. */
    public boolean holdsWholeMonths() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }
}
