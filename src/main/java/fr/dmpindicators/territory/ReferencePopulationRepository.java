package fr.dmpindicators.territory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes reference populations. */
@ApplicationScoped
public class ReferencePopulationRepository
        implements PanacheRepositoryBase<ReferencePopulation, ReferencePopulation.Key> {

    public Optional<ReferencePopulation> findPopulation(String territoryCode, int year) {
        return findByIdOptional(new ReferencePopulation.Key(territoryCode, year));
    }

    /** Every figure set for a year up to this one, read-only. */
    public List<ReferencePopulation> listUpTo(int year) {
        return getEntityManager().createQuery("from ReferencePopulation p where p.year <= :year",
                ReferencePopulation.class).setParameter("year", year)
                .setHint("org.hibernate.readOnly", true).getResultList();
    }

    /** The populations of these territories, newest year first within each territory. */
    public List<ReferencePopulation> listForTerritories(Collection<String> territoryCodes) {
        if (territoryCodes.isEmpty()) {
            return List.of();
        }
        return list("territoryCode in ?1", Sort.by("territoryCode").and("year", Sort.Direction.Descending),
                territoryCodes);
    }
}
