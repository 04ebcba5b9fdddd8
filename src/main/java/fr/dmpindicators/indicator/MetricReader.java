package fr.dmpindicators.indicator;

import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.territory.TerritoryHierarchy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The value of a metric for one territory at a date (V(x) of DOMAIN §5), as objectives need it. */
@ApplicationScoped
public class MetricReader {

    @Inject
    EntityManager entityManager;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    PopulationResolver populations;

    /** The value, or null when it cannot be computed (no reference population, nothing created yet). */
    public Double valueAt(String territoryCode, Metric metric, LocalDate date) {
        Set<String> departements = hierarchy.departementsUnder(territoryCode);
        Object[] sums = entityManager.createQuery("select coalesce(sum(r.created), 0), coalesce(sum(r.alimented), 0)"
                + " from DmpCreation r where r.territoryCode in :departements and r.date <= :date", Object[].class)
                .setParameter("departements", departements).setParameter("date", date).getSingleResult();
        long created = ((Number) sums[0]).longValue();
        long alimented = ((Number) sums[1]).longValue();
        return switch (metric) {
            case DMP_CREATED -> (double) created;
            case ALIMENTATION_SHARE -> created == 0 ? null : (double) alimented / created;
            case COVERAGE_RATE -> {
                ScopePopulation population = populations.resolve(List.of(territoryCode), date.getYear());
                yield population.isKnown() ? (double) created / population.population() : null;
            }
        };
    }
}
