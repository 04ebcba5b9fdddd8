package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.totals.TotalsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The value of a metric for one territory at a date (V(x) of domain §5), as objectives need it. */
@ApplicationScoped
public class MetricReader {

    @Inject
    TotalsReader totals;

    @Inject
    PopulationResolver populations;

    /** The value, or null when it cannot be computed (no reference population, nothing created yet). */
    public Double valueAt(String territoryCode, Metric metric, LocalDate date) {
        List<String> scope = List.of(territoryCode);
        return Formulas.of(metric, totals.total(scope, DmpLaw.DATE, date),
                () -> populations.resolve(scope, date.getYear()), date.getYear()).value();
    }
}
