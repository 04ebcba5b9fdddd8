package fr.dmpindicators.audit;

import fr.dmpindicators.persistence.Filters;
import fr.dmpindicators.persistence.PageSlice;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
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
        return new Filters()
                .and("entity = :entity", "entity", entity)
                .and("entityKey = :key", "key", key)
                .and("actor = :actor", "actor", actor)
                .and("requestId = :requestId", "requestId", requestId)
                .and("occurredAt >= :from", "from", from, day -> day.atStartOfDay().atOffset(ZoneOffset.UTC))
                .and("occurredAt < :to", "to", to, day -> day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .page(this, Sort.by("occurredAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
                        page, size);
    }
}
