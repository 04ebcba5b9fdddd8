package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.indicator.TimeSeries.Point;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader;
import fr.dmpindicators.totals.TotalsReader.PeriodSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Builds the time series of a scope: counts per period from the totals, running totals from the stock before the
 * series, and each point's coverage and alimentation share by {@link Formulas}.
 */
@ApplicationScoped
public class TimeSeriesReader {

    /**
     * The most points a time series answers: a day by day series over 27 years, far more than a chart draws; a
     * longer one (a far past {@code from}, a far future {@code asOf}) is refused with the limit rather than built.
     */
    static final int MAX_SERIES_POINTS = 10_000;

    @Inject
    TotalsReader totals;

    @Inject
    PopulationResolver populations;

    @Inject
    Today today;

    /** From {@code from}, or without it from the scope's first data day, to the window's end. */
    public TimeSeries series(Interval interval, Scope scope, Window window) {
        LocalDate lastDataDate = totals.dataDay(scope.codes(), window.start(), window.to(), true);
        LocalDate from = window.from() != null ? window.from()
                : totals.dataDay(scope.codes(), DmpLaw.DATE, window.to(), false);
        if (from == null) {
            return new TimeSeries(interval, scope, window.asOf(), null, window.to(), lastDataDate, List.of());
        }
        checkLength(interval, from, window.to());
        return new TimeSeries(interval, scope, window.asOf(), from, window.to(), lastDataDate,
                points(interval, scope, from, window.to()));
    }

    private static void checkLength(Interval interval, LocalDate from, LocalDate to) {
        long periods = interval.periodsBetween(from, to);
        if (periods > MAX_SERIES_POINTS) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, new ProblemText("detail.too-many-points",
                    MAX_SERIES_POINTS, from, to, interval, periods),
                    List.of(FieldError.rule("interval", "too-many-points", periods, MAX_SERIES_POINTS, from, to)),
                    (long) MAX_SERIES_POINTS);
        }
    }

    private List<Point> points(Interval interval, Scope scope, LocalDate from, LocalDate to) {
        Map<LocalDate, Sums> byPeriod = new TreeMap<>();
        List<PeriodSums> rows = interval.holdsWholeMonths() ? totals.byPeriod(scope.codes(), from, to)
                : totals.byDay(scope.codes(), from, to);
        for (PeriodSums row : rows) {
            byPeriod.merge(interval.startOf(row.start()), row.sums(), Sums::plus);
        }
        Sums cumulative = totals.total(scope.codes(), DmpLaw.DATE, from.minusDays(1));
        int currentYear = today.date().getYear();
        IntFunction<ScopePopulation> populationOf = populations.resolveUpTo(scope.codes(),
                Math.min(to.getYear(), currentYear));
        Map<Integer, ScopePopulation> populationByYear = new HashMap<>();
        List<Point> points = new ArrayList<>();
        for (LocalDate start = interval.startOf(from); !start.isAfter(to); start = interval.next(start)) {
            LocalDate end = interval.next(start).minusDays(1);
            LocalDate cutEnd = end.isAfter(to) ? to : end;
            Sums period = byPeriod.getOrDefault(start, Sums.NONE);
            cumulative = cumulative.plus(period);
            // No population is set for a year after the current one: later years share its figure, read once.
            int year = Math.min(cutEnd.getYear(), currentYear);
            ScopePopulation population = populationByYear.computeIfAbsent(year, populationOf::apply);
            points.add(new Point(interval.label(start), start.isBefore(from) ? from : start, cutEnd, period,
                    cumulative, Formulas.coverage(cumulative, population, year).value(),
                    Formulas.alimentationShare(cumulative).value()));
        }
        return points;
    }
}
