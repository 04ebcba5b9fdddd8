package fr.dmpindicators.record;

import fr.dmpindicators.common.InChunks;
import fr.dmpindicators.common.PageSlice;
import fr.dmpindicators.practitioner.PractitionerType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes DMP creation records. */
@ApplicationScoped
public class DmpCreationRepository implements PanacheRepository<DmpCreation> {

    /** The filters of a record search; a null filter keeps everything. */
    public record Filter(Set<String> departements, Channel channel, String finess,
            PractitionerType practitionerType, LocalDate from, LocalDate to) {
    }

    /** The stored records among these spelled natural keys, by key. */
    public Map<String, DmpCreation> findByNaturalKeys(Collection<String> keys) {
        return InChunks.query(keys, chunk -> list("naturalKey in ?1", chunk)).stream()
                .collect(Collectors.toMap(record -> record.naturalKey, Function.identity()));
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
