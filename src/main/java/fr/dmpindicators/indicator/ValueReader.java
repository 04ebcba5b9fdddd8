package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader;
import fr.dmpindicators.totals.TotalsReader.Range;
import fr.dmpindicators.totals.TotalsReader.SumsToDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Reads the single-value indicators of a scope over a window: the totals and population in, {@link Formulas} on. */
@ApplicationScoped
public class ValueReader {

    @Inject
    TotalsReader totals;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    PopulationResolver populations;

    /** The coverage rate and the alimentation share of one scope and window, as a dashboard card shows them. */
    public record Shares(IndicatorValue coverage, IndicatorValue alimentation) {
    }

    public IndicatorValue coverage(Scope scope, Window window) {
        SumsToDate counts = countsToDate(scope, window);
        return coverage(scope, window, counts.sums(), counts.lastDataDay());
    }

    public IndicatorValue alimentation(Scope scope, Window window) {
        SumsToDate counts = countsToDate(scope, window);
        return alimentation(scope, window, counts.sums(), counts.lastDataDay());
    }

    /** Both shares from one read of the counts and the last data day, which they have in common. */
    public Shares shares(Scope scope, Window window) {
        SumsToDate counts = countsToDate(scope, window);
        return new Shares(coverage(scope, window, counts.sums(), counts.lastDataDay()),
                alimentation(scope, window, counts.sums(), counts.lastDataDay()));
    }

    /** The DMP created up to the day before the window and up to its end, read together. */
    public IndicatorValue growth(Scope scope, Window window) {
        List<Sums> upTo = totals.totals(scope.codes(), List.of(new Range(DmpLaw.DATE, window.from().minusDays(1)),
                new Range(DmpLaw.DATE, window.to())));
        return IndicatorValue.of(Indicator.GROWTH, scope, window,
                Formulas.growth(upTo.get(0).created(), upTo.get(1).created(), window.from()), null,
                lastDataDay(scope, window));
    }

    public IndicatorValue establishmentsInvolved(Scope scope, Window window) {
        long count = totals.establishmentsInvolved(hierarchy.departementsUnder(scope.codes()), window.start(),
                window.to());
        return IndicatorValue.of(Indicator.ESTABLISHMENTS_INVOLVED, scope, window, Formulas.count(count), null,
                lastDataDay(scope, window));
    }

    /** DMP created and alimented in the scope over each range, in the order of the ranges, from one read. */
    public List<Sums> counts(Scope scope, List<Range> ranges) {
        return totals.totals(scope.codes(), ranges);
    }

    private SumsToDate countsToDate(Scope scope, Window window) {
        return totals.totalToDate(scope.codes(), window.start(), window.to());
    }

    private IndicatorValue coverage(Scope scope, Window window, Sums counts, LocalDate lastDataDay) {
        int year = window.to().getYear();
        ScopePopulation population = populations.resolve(scope.codes(), year);
        return IndicatorValue.of(Indicator.COVERAGE_RATE, scope, window, Formulas.coverage(counts, population, year),
                population.isKnown() ? population.year() : null, lastDataDay);
    }

    private static IndicatorValue alimentation(Scope scope, Window window, Sums counts, LocalDate lastDataDay) {
        return IndicatorValue.of(Indicator.ALIMENTATION_SHARE, scope, window, Formulas.alimentationShare(counts),
                null, lastDataDay);
    }

    private LocalDate lastDataDay(Scope scope, Window window) {
        return totals.dataDay(scope.codes(), window.start(), window.to(), true);
    }
}
