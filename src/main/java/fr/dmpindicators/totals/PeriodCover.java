package fr.dmpindicators.totals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The fewest totals rows that add up to a date range: the whole calendar years inside it (yearly rows), the whole
 * months around them (monthly rows), and the days of the partial months at its ends (daily rows). A read over twenty
 * years touches a few dozen rows per territory, however many records they sum.
 *
 * @param parts each a granularity and the range of period starts of its rows, in date order
 */
public record PeriodCover(List<Part> parts) {

    /** The rows of one granularity ('Y', 'M' or 'D') whose period starts between two dates, both included. */
    public record Part(char granularity, LocalDate firstStart, LocalDate lastStart) {
    }

    /** A range covered by yearly, monthly and daily rows. */
    public static PeriodCover of(LocalDate from, LocalDate to) {
        return coarsestFirst(from, to, ChronoUnit.YEARS);
    }

    /** A range covered by monthly and daily rows only, for answers by month, quarter or year of a series. */
    public static PeriodCover monthsAndDays(LocalDate from, LocalDate to) {
        return coarsestFirst(from, to, ChronoUnit.MONTHS);
    }

    private static PeriodCover coarsestFirst(LocalDate from, LocalDate to, ChronoUnit coarsest) {
        List<Part> parts = new ArrayList<>();
        cover(from, to, coarsest, parts);
        return new PeriodCover(List.copyOf(parts));
    }

    /** The whole periods of this unit inside [from, to], and the ends around them in finer units. */
    private static void cover(LocalDate from, LocalDate to, ChronoUnit unit, List<Part> parts) {
        if (from.isAfter(to)) {
            return;
        }
        if (unit == ChronoUnit.DAYS) {
            parts.add(new Part('D', from, to));
            return;
        }
        ChronoUnit finer = unit == ChronoUnit.YEARS ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
        LocalDate firstWhole = startOf(from, unit).equals(from) ? from : startOf(from, unit).plus(1, unit);
        LocalDate afterLastWhole = startOf(to.plusDays(1), unit);
        if (!firstWhole.isBefore(afterLastWhole)) {
            cover(from, to, finer, parts);
            return;
        }
        cover(from, firstWhole.minusDays(1), finer, parts);
        parts.add(new Part(unit == ChronoUnit.YEARS ? 'Y' : 'M', firstWhole, afterLastWhole.minus(1, unit)));
        cover(afterLastWhole, to, finer, parts);
    }

    private static LocalDate startOf(LocalDate day, ChronoUnit unit) {
        return unit == ChronoUnit.YEARS ? day.withDayOfYear(1) : day.withDayOfMonth(1);
    }
}
