package fr.dmpindicators.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.audit.AuditEntry.Action;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.persistence.SequenceIds;
import fr.dmpindicators.request.RequestId;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.totals.NewRows;
import fr.dmpindicators.totals.NewRowsWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the audit trail in the transaction of the change it describes, so a change and its trace are stored or
 * rolled back together. Callers record only effective changes: a push that changes nothing leaves no entry. The
 * entries of a write are inserted together, in bulk ({@link NewRowsWriter}): a batch of ten thousand records has
 * ten thousand of them.
 */
@ApplicationScoped
public class AuditTrail {

    /** The columns of {@code audit_entry}, in the order of {@link #row}. */
    private static final List<String> COLUMNS = List.of("id", "occurred_at", "actor", "client_id", "request_id",
            "entity", "entity_key", "action", "before_value", "after_value");

    /** One change of one entity: its key, the values before (null for a creation) and after (null for a deletion). */
    public record Trace(String key, Map<String, ?> before, Map<String, ?> after) {
    }

    @Inject
    NewRowsWriter newRows;

    @Inject
    SequenceIds ids;

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
        record(entity, List.of(new Trace(key, before, after)));
    }

    /** The changes of one write, all at the same instant, by the same caller and request. */
    public void record(Subject entity, List<Trace> traces) {
        Object[] when = {today.now(), caller.actor(), caller.client(), requestId.value(), entity.name()};
        long[] entryIds = ids.next(AuditEntry.class, traces.size());
        List<Object[]> rows = new ArrayList<>(traces.size());
        for (int i = 0; i < traces.size(); i++) {
            rows.add(row(entryIds[i], when, traces.get(i)));
        }
        newRows.insert(new NewRows("audit_entry", COLUMNS, rows));
    }

    public String requestId() {
        return requestId.value();
    }

    /** One entry: its id, what every entry of the write shares (instant, actor, client, request, entity), its own. */
    private Object[] row(long id, Object[] shared, Trace trace) {
        Action action = trace.before() == null ? Action.CREATE : trace.after() == null ? Action.DELETE
                : Action.UPDATE;
        return new Object[] {id, shared[0], shared[1], shared[2], shared[3], shared[4], trace.key(), action.name(),
            write(trace.before()), write(trace.after())};
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
