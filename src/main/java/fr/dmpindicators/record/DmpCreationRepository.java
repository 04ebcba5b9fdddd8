package fr.dmpindicators.record;

import fr.dmpindicators.persistence.Filters;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.totals.LockedByKeys;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes DMP creation records. */
@ApplicationScoped
public class DmpCreationRepository implements PanacheRepository<DmpCreation> {

    @Inject
    LockedByKeys lockedByKeys;

    /** The filters of a record search; a null filter keeps everything. */
    public record Filter(Set<String> departements, Channel channel, String finess,
            PractitionerType practitionerType, LocalDate from, LocalDate to) {
    }

    /**
     * The stored records among these spelled natural keys, by key, locked until the transaction ends: a concurrent
     * push of the same keys waits, so the counts it replaces are the ones the totals hold. Keys are locked in their
     * order, the same in every transaction, so two pushes cannot wait for each other.
     */
    public Map<String, DmpCreation> findByNaturalKeys(Collection<String> keys) {
        return lockedByKeys.find(DmpCreation.class, "dmp_creation", "natural_key", keys).stream()
                .collect(Collectors.toMap(record -> record.naturalKey, Function.identity()));
    }

    /** One stored record by its id, locked until the transaction ends. */
    public Optional<DmpCreation> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PageSlice<DmpCreation> search(Filter filter, int page, int size) {
        return new Filters()
                .and("territoryCode in :departements", "departements", filter.departements())
                .and("channel = :channel", "channel", filter.channel())
                .and("finess = :finess", "finess", filter.finess())
                .and("practitionerType = :practitionerType", "practitionerType", filter.practitionerType())
                .and("date >= :from", "from", filter.from())
                .and("date <= :to", "to", filter.to())
                .page(this, Sort.by("date").and("territoryCode").and("id"), page, size);
    }
}
