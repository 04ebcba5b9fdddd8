package fr.dmpindicators.audit;

import fr.dmpindicators.persistence.PageSlice;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads the audit trail, newest first. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** The entries matching every filter given (null keeps everything); dates are UTC days, both included. */
    public PageSlice<AuditEntry> search(AuditEntry.Subject entity, String key, String actor, String requestId,
            LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (entity != null) {
            where.append(" and entity = :entity");
            parameters.and("entity", entity);
        }
        if (key != null) {
            where.append(" and entityKey = :key");
            parameters.and("key", key);
        }
        if (actor != null) {
            where.append(" and actor = :actor");
            parameters.and("actor", actor);
        }
        if (requestId != null) {
            where.append(" and requestId = :requestId");
            parameters.and("requestId", requestId);
        }
        if (from != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        PanacheQuery<AuditEntry> query = find(where.toString(),
                Sort.by("occurredAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), parameters)
                .page(Page.of(page, size));
        return new PageSlice<>(query.list(), page, size, query.count());
    }
}
