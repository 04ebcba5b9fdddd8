package fr.dmpindicators.write;

import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every write of stored data: screening, then each item's outcome decided from its command and the state stored
 * ({@link Change}), then, unless it is a dry run, persistence, the subject's side effects, the audit trail and the
 * metrics, in one place. A single write is a batch of one; a deletion takes the same last steps.
 */
@ApplicationScoped
public class WritePipeline {

    @Inject
    DmpConfig config;

    @Inject
    Today today;

    @Inject
    AuditTrail audit;

    @Inject
    ServiceMetrics metrics;

    @Inject
    Caller caller;

    /** One item: refused whole (403, 422) with errors naming no index, or written. */
    @Transactional
    public <I, C, S> Written<S> write(Register<I, C, S> register, I item) {
        Tally tally = new Tally();
        Written<S> written = writeChunk(register, Chunk.single(item), BatchOptions.ATOMIC, tally).get(0);
        count(register, tally, false);
        return written;
    }

    /** A batch of at most {@code dmp.batch.max-items} items, as the producers' batch endpoints receive it. */
    @Transactional
    public <I, C, S> BatchSummary writeBatch(Register<I, C, S> register, List<I> items, BatchOptions options) {
        int maxItems = config.batch().maxItems();
        if (items.size() > maxItems) {
            throw ProblemException.tooLarge(
                    new ProblemText("detail.batch-too-large", maxItems, items.size()), maxItems);
        }
        Tally tally = new Tally();
        writeChunk(register, Chunk.whole(items), options, tally);
        return summary(register, options, tally);
    }

    /**
     * One chunk, in the caller's transaction, its outcomes added to the tally: a stream of chunks (a file import)
     * calls it once per chunk with one tally, so an atomic refusal of any chunk rolls the whole stream back, then
     * {@link #summary}. Keys are told apart within a chunk only.
     *
     * @return the accepted items, in their order
     */
    @Transactional(TxType.MANDATORY)
    public <I, C, S> List<Written<S>> writeChunk(Register<I, C, S> register, Chunk<I> chunk, BatchOptions options,
            Tally tally) {
        BatchScreening.Result<C> screened = BatchScreening.screen(register, chunk, options.atomic(), caller);
        tally.receive(chunk.items().size(), screened);
        List<C> commands = screened.accepted();
        Map<String, S> stored = new HashMap<>();
        register.findForUpdate(commands).forEach(item -> stored.put(register.key(register.stateOf(item)), item));
        List<S> items = commands.stream().map(command -> stored.get(register.key(command))).toList();
        List<Change<C>> changes = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            S item = items.get(i);
            changes.add(Change.of(commands.get(i), item == null ? null : register.stateOf(item)));
        }
        changes.forEach(change -> tally.add(change.outcome()));
        if (options.dryRun()) {
            return IntStream.range(0, changes.size())
                    .mapToObj(i -> new Written<>(changes.get(i).outcome(), items.get(i))).toList();
        }
        List<Written<S>> written = apply(register, changes, items, today.now());
        record(register, changes.stream().filter(change -> change.outcome().changesStore()).toList());
        return written;
    }

    /**
     * Persists the decided changes, in their order: the new items together (one bulk insert), the updated ones one
     * by one; an unchanged item needs nothing. Answers each item as stored.
     */
    private static <C, S> List<Written<S>> apply(Register<?, C, S> register, List<Change<C>> changes, List<S> stored,
            OffsetDateTime at) {
        Iterator<S> created = register.create(changes.stream().filter(change -> change.outcome() == Outcome.CREATED)
                .map(Change::after).toList(), at).iterator();
        List<Written<S>> written = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change<C> change = changes.get(i);
            S item = stored.get(i);
            if (change.outcome() == Outcome.CREATED) {
                item = created.next();
            } else if (change.outcome() == Outcome.UPDATED) {
                register.replace(item, change.after(), at);
            }
            written.add(new Written<>(change.outcome(), item));
        }
        return written;
    }

    /** Ends a batch, or a stream of chunks: its outcomes counted in the metrics unless it was a dry run. */
    public BatchSummary summary(Register<?, ?, ?> register, BatchOptions options, Tally tally) {
        if (!options.dryRun()) {
            count(register, tally, true);
        }
        return tally.summary(options, audit.requestId());
    }

    /** Deletes one stored item, if the caller may. */
    @Transactional
    public <C, S, R extends Register<?, C, S> & Removable<S>> void delete(R register, S stored) {
        caller.refusal(register.territoryOf(stored)).ifPresent(error -> {
            throw ProblemException.forbidden(List.of(error));
        });
        Change<C> change = Change.deletion(register.stateOf(stored));
        register.creationTrace(stored).ifPresent(audit::keepCreation);
        register.delete(stored);
        record(register, List.of(change));
        metrics.written(new ServiceMetrics.Writes(label(register), Map.of(Outcome.DELETED.label(), 1), false));
    }

    /**
     * The side effects and the audit trail of effective changes: a write that changes nothing leaves no trace. The
     * creations of a register whose rows trace them have no entry of their own ({@link AuditTrail#creationWrite}).
     */
    private <C> void record(Register<?, C, ?> register, List<Change<C>> changes) {
        register.follow(changes);
        audit.record(register.subject(), changes.stream()
                .filter(change -> change.before() != null || !register.tracesItsCreations())
                .map(change -> new AuditTrail.Trace(
                register.key(change.subject()),
                change.before() == null ? null : register.description(change.before()),
                change.after() == null ? null : register.description(change.after()))).toList());
    }

    /** The outcomes for the metrics, counted once the transaction commits ({@link ServiceMetrics#written}). */
    private void count(Register<?, ?, ?> register, Tally tally, boolean batch) {
        Map<String, Integer> outcomes = new HashMap<>();
        for (Outcome outcome : List.of(Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.REJECTED)) {
            outcomes.put(outcome.label(), tally.count(outcome));
        }
        metrics.written(new ServiceMetrics.Writes(label(register), outcomes, batch));
    }

    /** The subject as metrics tag it: {@code dmp-creation}, {@code establishment}, {@code reference-population}. */
    private static String label(Register<?, ?, ?> register) {
        return register.subject().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
