package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The value of a metric for one territory at a date (V(x) of DOMAIN §5), as objectives need it. */
@ApplicationScoped
public class MetricReader {

    @Inject
    TotalsReader totals;

    @Inject
    PopulationResolver populations;

    /** The value, or null when it cannot be computed (no reference population, nothing created yet). */
    public Double valueAt(String territoryCode, Metric metric, LocalDate date) {
        Sums sums = totals.total(List.of(territoryCode), DmpLaw.DATE, date);
        return switch (metric) {
            case DMP_CREATED -> (double) sums.created();
            case ALIMENTATION_SHARE -> Ratio.quotient(sums.alimented(), sums.created());
            case COVERAGE_RATE -> {
                ScopePopulation population = populations.resolve(List.of(territoryCode), date.getYear());
                yield Ratio.quotient(sums.created(), population.isKnown() ? population.population() : null);
            }
        };
    }
}
