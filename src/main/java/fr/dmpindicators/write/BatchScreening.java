package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.security.Caller;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Sorts the items of a chunk into accepted commands and rejected items before anything is looked up: what the caller
 * may write, each item's rules, then keys repeated inside the chunk. An atomic chunk with any rejection is refused
 * whole (403 when the caller may not write an item, 422 otherwise, every error listed).
 */
final class BatchScreening {

    /** The commands of the items that passed, in their order, with the errors of those that did not. */
    record Result<C>(List<C> accepted, List<FieldError> errors, int rejected) {
    }

    private BatchScreening() {
    }

    static <I, C> Result<C> screen(Register<I, C, ?> register, Chunk<I> chunk, boolean atomic, Caller caller) {
        List<I> items = chunk.items();
        List<FieldError> forbidden = new ArrayList<>();
        Set<Integer> refused = new HashSet<>();
        for (int position = 0; position < items.size(); position++) {
            I item = items.get(position);
            if (item != null) {
                int at = position;
                caller.refusal(register.territory(item)).ifPresent(error -> {
                    forbidden.add(chunk.at(error, at));
                    refused.add(at);
                });
            }
        }
        if (atomic && !forbidden.isEmpty()) {
            throw ProblemException.forbidden(forbidden);
        }
        Function<I, List<FieldError>> rules = register.rules(items);
        List<C> accepted = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>(forbidden);
        Map<String, Integer> firstPositionOfKey = new HashMap<>();
        for (int position = 0; position < items.size(); position++) {
            I item = items.get(position);
            if (refused.contains(position)) {
                continue;
            }
            if (item == null) {
                errors.add(chunk.at(FieldError.rule("item", "null-item"), position));
                refused.add(position);
                continue;
            }
            List<FieldError> itemErrors = rules.apply(item);
            if (!itemErrors.isEmpty()) {
                int at = position;
                itemErrors.forEach(error -> errors.add(chunk.at(error, at)));
                refused.add(position);
                continue;
            }
            C command = register.command(item);
            Integer first = firstPositionOfKey.putIfAbsent(register.key(command), position);
            if (first != null) {
                errors.add(chunk.at(FieldError.rule(register.keyField(), "repeats-item", chunk.indexOf(first)),
                        position));
                refused.add(position);
                continue;
            }
            accepted.add(command);
        }
        if (atomic && !errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        errors.sort(Comparator.comparing(FieldError::index, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Result<>(accepted, errors, refused.size());
    }
}
