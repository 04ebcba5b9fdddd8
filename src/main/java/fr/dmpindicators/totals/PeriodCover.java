package fr.dmpindicators.totals;

import java.time.LocalDate;
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

    /** The rows of one granularity whose period starts between two dates, both included. */
    public record Part(Granularity granularity, LocalDate firstStart, LocalDate lastStart) {
    }

    /** A range covered by yearly, monthly and daily rows. */
    public static PeriodCover of(LocalDate from, LocalDate to) {
        return coarsestFirst(from, to, Granularity.YEAR);
    }

    /** A range covered by monthly and daily rows only, for answers by month, quarter or year of a series. */
    public static PeriodCover monthsAndDays(LocalDate from, LocalDate to) {
        return coarsestFirst(from, to, Granularity.MONTH);
    }

    /** A range covered by daily rows only, for answers by day. */
    public static PeriodCover days(LocalDate from, LocalDate to) {
        return coarsestFirst(from, to, Granularity.DAY);
    }

    private static PeriodCover coarsestFirst(LocalDate from, LocalDate to, Granularity coarsest) {
        List<Part> parts = new ArrayList<>();
        cover(from, to, coarsest, parts);
        return new PeriodCover(List.copyOf(parts));
    }

    /** The whole periods of this granularity inside [from, to], and the ends around them in finer ones. */
    private static void cover(LocalDate from, LocalDate to, Granularity granularity, List<Part> parts) {
        if (from.isAfter(to)) {
            return;
        }
        if (granularity == Granularity.DAY) {
            parts.add(new Part(Granularity.DAY, from, to));
            return;
        }
        LocalDate firstWhole = granularity.startOf(from).equals(from) ? from
                : granularity.plus(granularity.startOf(from), 1);
        LocalDate afterLastWhole = granularity.startOf(to.plusDays(1));
        if (!firstWhole.isBefore(afterLastWhole)) {
            cover(from, to, granularity.finer(), parts);
            return;
        }
        cover(from, firstWhole.minusDays(1), granularity.finer(), parts);
        parts.add(new Part(granularity, firstWhole, granularity.plus(afterLastWhole, -1)));
        cover(afterLastWhole, to, granularity.finer(), parts);
    }
}
