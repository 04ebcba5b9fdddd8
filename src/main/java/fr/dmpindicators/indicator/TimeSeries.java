package fr.dmpindicators.indicator;

import fr.dmpindicators.totals.Sums;
import java.time.LocalDate;
import java.util.List;

/**
 * The counts of a scope period by period, with their running totals and the coverage and alimentation share at the
 * end of each period; {@code from} is null, and there is no point, when the scope has no data up to {@code to}.
 */
public record TimeSeries(Interval interval, Scope scope, LocalDate asOf, LocalDate from, LocalDate to,
        LocalDate lastDataDate, List<Point> items) {

    /** One period, cut to the series' bounds, its counts and the cumulative ones at its end. */
    public record Point(String period, LocalDate start, LocalDate end, Sums counts, Sums cumulative, Double coverage,
            Double alimentationShare) {
    }
}
