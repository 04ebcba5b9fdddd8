package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

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
        return coverage(scope, window, counts(scope, window), lastDataDay(scope, window));
    }

    public IndicatorValue alimentation(Scope scope, Window window) {
        return alimentation(scope, window, counts(scope, window), lastDataDay(scope, window));
    }

    /** Both shares from one read of the counts and one of the last data day, which they have in common. */
    public Shares shares(Scope scope, Window window) {
        Sums counts = counts(scope, window);
        LocalDate lastDataDay = lastDataDay(scope, window);
        return new Shares(coverage(scope, window, counts, lastDataDay),
                alimentation(scope, window, counts, lastDataDay));
    }

    public IndicatorValue growth(Scope scope, Window window) {
        long before = totals.total(scope.codes(), DmpLaw.DATE, window.from().minusDays(1)).created();
        long after = totals.total(scope.codes(), DmpLaw.DATE, window.to()).created();
        return IndicatorValue.of(Indicator.GROWTH, scope, window, Formulas.growth(before, after, window.from()), null,
                lastDataDay(scope, window));
    }

    public IndicatorValue establishmentsInvolved(Scope scope, Window window) {
        long count = totals.establishmentsInvolved(hierarchy.departementsUnder(scope.codes()), window.start(),
                window.to());
        return IndicatorValue.of(Indicator.ESTABLISHMENTS_INVOLVED, scope, window, Formulas.count(count), null,
                lastDataDay(scope, window));
    }

    /** DMP created and alimented in the scope between two dates, both included. */
    public Sums counts(Scope scope, LocalDate from, LocalDate to) {
        return totals.total(scope.codes(), from, to);
    }

    private Sums counts(Scope scope, Window window) {
        return counts(scope, window.start(), window.to());
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
