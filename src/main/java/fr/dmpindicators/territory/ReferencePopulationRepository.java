package fr.dmpindicators.territory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

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

    /** Every stored figure, with the version they stand at (V8), read in one statement so that they agree. */
    public record Figures(long version, List<Figure> figures) {
    }

    /** The version the stored figures stand at: one number, read on every coverage read. */
    public long version() {
        return getEntityManager().createQuery("select v.version from ReferencePopulationVersion v", Long.class)
                .getSingleResult();
    }

    /** Every stored figure and their version. */
    public Figures figures() {
        List<Object[]> rows = getEntityManager().createQuery("select v.version, p.territoryCode, p.year,"
                + " p.population from ReferencePopulationVersion v left join ReferencePopulation p on 1 = 1",
                Object[].class).getResultList();
        List<Figure> figures = rows.stream().filter(row -> row[1] != null)
                .map(row -> new Figure((String) row[1], (Integer) row[2], (Long) row[3])).toList();
        return new Figures((Long) rows.get(0)[0], figures);
    }

    /**
     * Says that the figures changed, in the writing transaction. What it wrote is flushed first, so that a read later
     * in the same transaction finds the figures of the version it reads. The new version is random, not a count: a
     * transaction rolled back after changing it leaves no value that a later write could take again.
     */
    public void changed() {
        flush();
        getEntityManager().createQuery("update ReferencePopulationVersion set version = :version")
                .setParameter("version", ThreadLocalRandom.current().nextLong()).executeUpdate();
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
