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

    /** A territory's figure for a year, as indicator reads need it. */
    public record Figure(String territoryCode, int year, long population) {
    }

    /**
     * Every figure set for a year up to this one. A projection, not entities: every coverage read asks for a hundred
     * of them, and building managed entities was most of such a read's time.
     */
    public List<Figure> listUpTo(int year) {
        return getEntityManager().createQuery("select p.territoryCode, p.year, p.population"
                + " from ReferencePopulation p where p.year <= :year", Figure.class)
                .setParameter("year", year).getResultList();
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
