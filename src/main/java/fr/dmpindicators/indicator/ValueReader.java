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

    public IndicatorValue coverage(Scope scope, Window window) {
        int year = window.to().getYear();
        ScopePopulation population = populations.resolve(scope.codes(), year);
        return value(Indicator.COVERAGE_RATE, scope, window, Formulas.coverage(counts(scope, window), population,
                year), population.isKnown() ? population.year() : null);
    }

    public IndicatorValue alimentation(Scope scope, Window window) {
        return value(Indicator.ALIMENTATION_SHARE, scope, window, Formulas.alimentationShare(counts(scope, window)),
                null);
    }

    public IndicatorValue growth(Scope scope, Window window) {
        long before = totals.total(scope.codes(), DmpLaw.DATE, window.from().minusDays(1)).created();
        long after = totals.total(scope.codes(), DmpLaw.DATE, window.to()).created();
        return value(Indicator.GROWTH, scope, window, Formulas.growth(before, after, window.from()), null);
    }

    public IndicatorValue establishmentsInvolved(Scope scope, Window window) {
        long count = totals.establishmentsInvolved(hierarchy.departementsUnder(scope.codes()), window.start(),
                window.to());
        return value(Indicator.ESTABLISHMENTS_INVOLVED, scope, window, Formulas.count(count), null);
    }

    /** DMP created and alimented in the scope between two dates, both included. */
    public Sums counts(Scope scope, LocalDate from, LocalDate to) {
        return totals.total(scope.codes(), from, to);
    }

    private Sums counts(Scope scope, Window window) {
        return counts(scope, window.start(), window.to());
    }

    private IndicatorValue value(Indicator indicator, Scope scope, Window window, Ratio ratio,
            Integer populationYear) {
        return IndicatorValue.of(indicator, scope, window, ratio, populationYear,
                totals.dataDay(scope.codes(), window.start(), window.to(), true));
    }
}
