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
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the audit trail in the transaction of the change it describes, so a change and its trace are stored or
 * rolled back together. Callers record only effective changes: a push that changes nothing leaves no entry. The
 * entries of a write are inserted together, in bulk ({@link NewRowsWriter}).
 *
 * <p>The creation of a DMP creation record is no entry of its own (decision 25): the transaction that creates
 * records stores one row of {@code audit_write} ({@link #creationWrite}), each record keeps its id and its first
 * counts, and the view {@code audit_trail} that {@link AuditEntry} reads adds their creation entries to the rows
 * of {@code audit_entry}, with the values an entry would have held. A batch of ten thousand new records writes one
 * row here rather than ten thousand.
 */
@ApplicationScoped
public class AuditTrail {

    /** The columns of {@code audit_entry}, in the order of {@link #row}; those of the view {@code audit_trail} too. */
    private static final List<String> COLUMNS = List.of("id", "occurred_at", "actor", "client_id", "request_id",
            "entity", "entity_key", "action", "before_value", "after_value");

    /** The columns of {@code audit_write}. */
    private static final List<String> WRITE_COLUMNS = List.of("id", "occurred_at", "actor", "client_id",
            "request_id");

    /** The transaction's resource holding the id of its {@code audit_write} row, once it has one. */
    private static final Object CREATION_WRITE = AuditTrail.class.getName() + ".creationWrite";

    /** The transaction's resource holding the instant of its first trace, which every trace of it carries. */
    private static final Object INSTANT = AuditTrail.class.getName() + ".instant";

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

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** A change: the values before (null for a creation) and after (null for a deletion), keys in order. */
    public void record(Subject entity, String key, Map<String, ?> before, Map<String, ?> after) {
        record(entity, List.of(new Trace(key, before, after)));
    }

    /** The changes of one write, all at the same instant, by the same caller and request. */
    public void record(Subject entity, List<Trace> traces) {
        if (traces.isEmpty()) {
            return;
        }
        Object[] when = {instant(), caller.actor(), caller.client(), requestId.value(), entity.name()};
        long[] entryIds = ids(traces.size());
        List<Object[]> rows = new ArrayList<>(traces.size());
        for (int i = 0; i < traces.size(); i++) {
            rows.add(row(entryIds[i], when, traces.get(i)));
        }
        newRows.insert(new NewRows("audit_entry", COLUMNS, rows));
    }

    /**
     * The id of the transaction's {@code audit_write} row, which the records it creates keep: stored at the first
     * call (now, by the caller, under the request), the same id afterwards, a stream of chunks included. Called only
     * by a write that creates records, so a dry run, a write creating nothing and a rolled-back one leave no row.
     */
    public long creationWrite() {
        Long stored = (Long) transaction.getResource(CREATION_WRITE);
        if (stored != null) {
            return stored;
        }
        long id = ids(1)[0];
        newRows.insert(new NewRows("audit_write", WRITE_COLUMNS, List.<Object[]>of(
                new Object[] {id, instant(), caller.actor(), caller.client(), requestId.value()})));
        transaction.putResource(CREATION_WRITE, id);
        return id;
    }

    /**
     * Ids of the trail, drawn in order from one generator (one sequence, V11): an entry's, or a record's, whose id is
     * its creation entry's. An id names one entry of the whole trail.
     */
    public long[] ids(int count) {
        return ids.next(AuditEntry.class, count);
    }

    /**
     * The instant of the transaction's traces: taken at its first, so that the entries of a write, its creations
     * among them, carry one instant, as they did when every one was a row.
     */
    private OffsetDateTime instant() {
        OffsetDateTime instant = (OffsetDateTime) transaction.getResource(INSTANT);
        if (instant == null) {
            instant = today.now();
            transaction.putResource(INSTANT, instant);
        }
        return instant;
    }

    /**
     * Before an item whose own row traces its creation is deleted: its creation entry, as the trail reads it, becomes
     * a row of {@code audit_entry} (same id, same values), so the trail keeps it once the item is gone.
     */
    public void keepCreation(long entryId) {
        newRows.copy("audit_trail", "audit_entry", COLUMNS, "id", entryId);
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
