package fr.dmpindicators.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.audit.AuditEntry.Action;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.request.RequestId;
import fr.dmpindicators.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the audit trail in the transaction of the change it describes, so a change and its trace are stored or
 * rolled back together. Callers record only effective changes: a push that changes nothing leaves no entry.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    RequestId requestId;

    @Inject
    ObjectMapper json;

    @Inject
    Today today;

    /** A change: the values before (null for a creation) and after (null for a deletion), keys in order. */
    public void record(Subject entity, String key, Map<String, ?> before, Map<String, ?> after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = today.now();
        entry.actor = caller.actor();
        entry.client = caller.client();
        entry.requestId = requestId.value();
        entry.entity = entity;
        entry.entityKey = key;
        entry.action = before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE;
        entry.before = write(before);
        entry.after = write(after);
        entityManager.persist(entry);
    }

    public String requestId() {
        return requestId.value();
    }

    private String write(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit values could not be written as JSON", e);
        }
    }
}
