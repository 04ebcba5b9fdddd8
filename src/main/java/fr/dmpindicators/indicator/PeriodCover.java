package fr.dmpindicators.indicator;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The fewest totals rows that add up to a date range: the whole calendar months inside it (monthly rows), and the
 * days of the partial months at its ends (daily rows). A read over years touches a few dozen rows per territory.
 * Empty parts have their start after their end.
 */
public record PeriodCover(LocalDate firstMonth, LocalDate lastMonth, LocalDate headFrom, LocalDate headTo,
        LocalDate tailFrom, LocalDate tailTo) {

    private static final LocalDate NONE_FROM = LocalDate.of(2, 1, 1);
    private static final LocalDate NONE_TO = LocalDate.of(1, 1, 1);

    public static PeriodCover of(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return new PeriodCover(NONE_FROM, NONE_TO, NONE_FROM, NONE_TO, NONE_FROM, NONE_TO);
        }
        LocalDate fromMonth = from.withDayOfMonth(1);
        LocalDate toMonth = to.withDayOfMonth(1);
        boolean startsMonth = from.getDayOfMonth() == 1;
        boolean endsMonth = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()));
        if (fromMonth.equals(toMonth) && !(startsMonth && endsMonth)) {
            return new PeriodCover(NONE_FROM, NONE_TO, from, to, NONE_FROM, NONE_TO);
        }
        LocalDate firstMonth = startsMonth ? fromMonth : fromMonth.plusMonths(1);
        LocalDate lastMonth = endsMonth ? toMonth : toMonth.minusMonths(1);
        LocalDate headTo = startsMonth ? NONE_TO : from.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate tailFrom = endsMonth ? NONE_FROM : toMonth;
        return new PeriodCover(firstMonth, lastMonth, startsMonth ? NONE_FROM : from, headTo, tailFrom,
                endsMonth ? NONE_TO : to);
    }
}
