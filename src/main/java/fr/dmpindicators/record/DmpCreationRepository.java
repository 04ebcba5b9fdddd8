package fr.dmpindicators.record;

import fr.dmpindicators.persistence.InChunks;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes DMP creation records. */
@ApplicationScoped
public class DmpCreationRepository implements PanacheRepository<DmpCreation> {

    /** The filters of a record search; a null filter keeps everything. */
    public record Filter(Set<String> departements, Channel channel, String finess,
            PractitionerType practitionerType, LocalDate from, LocalDate to) {
    }

    /**
     * The stored records among these spelled natural keys, by key, locked until the transaction ends: a concurrent
     * push of the same keys waits, so the counts it replaces are the ones the totals hold. Keys are locked in their
     * sorted order, the same in every transaction, so two pushes cannot wait for each other.
     */
    public Map<String, DmpCreation> findByNaturalKeys(Collection<String> keys) {
        return InChunks.query(new TreeSet<>(keys), chunk -> find("naturalKey in ?1 order by naturalKey", chunk)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()).stream()
                .collect(Collectors.toMap(record -> record.naturalKey, Function.identity()));
    }

    /** One stored record by its id, locked until the transaction ends. */
    public Optional<DmpCreation> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PageSlice<DmpCreation> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.departements() != null) {
            where.append(" and territoryCode in :departements");
            parameters.and("departements", filter.departements());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            parameters.and("channel", filter.channel());
        }
        if (filter.finess() != null) {
            where.append(" and finess = :finess");
            parameters.and("finess", filter.finess());
        }
        if (filter.practitionerType() != null) {
            where.append(" and practitionerType = :practitionerType");
            parameters.and("practitionerType", filter.practitionerType());
        }
        if (filter.from() != null) {
            where.append(" and date >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and date <= :to");
            parameters.and("to", filter.to());
        }
        PanacheQuery<DmpCreation> query = find(where.toString(),
                Sort.by("date").and("territoryCode").and("id"), parameters).page(Page.of(page, size));
        return new PageSlice<>(query.list(), page, size, query.count());
    }
}
