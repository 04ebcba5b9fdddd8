package fr.dmpindicators.establishment;

import fr.dmpindicators.persistence.Filters;
import fr.dmpindicators.persistence.InChunks;
import fr.dmpindicators.persistence.PageSlice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes the establishment register. */
@ApplicationScoped
public class EstablishmentRepository implements PanacheRepositoryBase<Establishment, String> {

    /** The stored establishments among these FINESS numbers, by FINESS. */
    public Map<String, Establishment> findByFiness(Collection<String> finessNumbers) {
        return InChunks.query(finessNumbers, chunk -> list("finess in ?1", chunk)).stream()
                .collect(Collectors.toMap(e -> e.finess, Function.identity()));
    }

    /**
     * The stored establishments among these FINESS numbers, locked until the transaction ends, in the sorted order of
     * their numbers so that two concurrent writes cannot wait for each other.
     */
    public List<Establishment> findForUpdate(Collection<String> finessNumbers) {
        return InChunks.query(new TreeSet<>(finessNumbers), chunk -> find("finess in ?1 order by finess", chunk)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list());
    }

    public PageSlice<Establishment> search(Set<String> departements, String category, String namePart, int page,
            int size) {
        return new Filters()
                .and("territoryCode in :departements", "departements", departements)
                .and("category = :category", "category", category)
                .and("lower(name) like :name escape '!'", "name", namePart, part -> "%" + part.toLowerCase()
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .page(this, Sort.by("finess"), page, size);
    }
}
