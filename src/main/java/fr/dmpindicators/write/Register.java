package fr.dmpindicators.write;

import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.problem.FieldError;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One kind of stored data as the {@link WritePipeline} writes it (DMP creation records, the establishment register,
 * reference populations): what is specific to it, the pipeline doing the rest. Each feature implements it once.
 *
 * @param <I> an item as it arrives (the contract's model, a line of a file), possibly breaking rules
 * @param <C> the command a valid item becomes: the whole state a write sets, compared with {@code equals} to decide
 *     whether a stored item is unchanged (a record type)
 * @param <S> the stored entity
 */
public interface Register<I, C, S> {

    /** The audit trail's name of the subject; metrics and batch counters use it too. */
    Subject subject();

    /** The field named when a batch repeats a key. */
    String keyField();

    /**
     * The territory an item belongs to, null when it names none: the caller must be allowed to write there (or the
     * item is refused, the whole batch with a 403 when atomic). An unknown territory is left to the rules.
     */
    String territory(I item);

    /** The rules an item breaks, ready for these items (what every item's rules look up is loaded once). */
    Function<I, List<FieldError>> rules(List<I> items);

    /** The command of an item that broke no rule. */
    C command(I item);

    /** What identifies a command's item among the stored ones: a batch may not repeat it, the audit files by it. */
    String key(C command);

    /** The stored items with the keys of these commands, locked until the transaction ends. */
    Collection<S> findForUpdate(List<C> commands);

    /** The state of a stored item, as the command that would store it. */
    C stateOf(S stored);

    /** Stores a new item. */
    S create(C command, OffsetDateTime at);

    /** Stores new items, answered in the order of their commands; a subject written in bulk does it at once. */
    default List<S> create(List<C> commands, OffsetDateTime at) {
        return commands.stream().map(command -> create(command, at)).toList();
    }

    /** Sets what a stored item holds to what the command asks. */
    void replace(S stored, C command, OffsetDateTime at);

    /** What the audit trail keeps of a state: the values a write may change. */
    Map<String, ?> description(C state);

    /**
     * Whether a new item's own row traces its creation (the write that created it, its first state), as records do
     * (decision 25): the audit trail then writes no entry for a creation, only for updates and deletions.
     */
    default boolean tracesItsCreations() {
        return false;
    }

    /** Applies, once per chunk, what these effective changes move beside the stored items (a record's totals). */
    default void follow(List<Change<C>> changes) {
    }
}
