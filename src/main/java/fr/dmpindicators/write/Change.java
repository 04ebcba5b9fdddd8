package fr.dmpindicators.write;

import java.util.Objects;

/**
 * The decision for one item: its outcome, from the state the command asks for and the state stored. A state is the
 * subject's command type, so "unchanged" is plain equality and what a write moves (a record's totals) is the
 * difference between {@code before} and {@code after}.
 *
 * @param before the stored state, null when nothing was stored
 * @param after the state once applied, null for a deletion
 * @param <C> the subject's command: everything a stored item holds that a write may set
 */
public record Change<C>(Outcome outcome, C before, C after) {

    /** Storing {@code command} over {@code stored} (null when nothing has its key). */
    public static <C> Change<C> of(C command, C stored) {
        Objects.requireNonNull(command);
        if (stored == null) {
            return new Change<>(Outcome.CREATED, null, command);
        }
        return new Change<>(command.equals(stored) ? Outcome.UNCHANGED : Outcome.UPDATED, stored, command);
    }

    /** Deleting an item whose stored state is {@code stored}. */
    public static <C> Change<C> deletion(C stored) {
        return new Change<>(Outcome.DELETED, Objects.requireNonNull(stored), null);
    }

    /** The state the item has once the change is applied, or had before a deletion: what names it. */
    public C subject() {
        return after != null ? after : before;
    }
}
