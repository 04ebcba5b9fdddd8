package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sorts the items of a batch into accepted and rejected before anything is stored: what the caller may write, each
 * item's rules, then keys repeated inside the batch. An atomic batch with any rejection is refused whole (403 or
 * 422, every error listed).
 *
 * @param <T> the item type
 */
public final class BatchScreening<T> {

    /** The items that passed, with the errors of those that did not. */
    public record Result<T>(List<T> accepted, List<FieldError> errors) {
    }

    private final int maxItems;

    public BatchScreening(int maxItems) {
        this.maxItems = maxItems;
    }

    /**
     * @param permission the error of an item the caller may not write, empty when it may: an atomic batch with
     *     any such item is refused whole (403), a non-atomic one rejects those items
     */
    public Result<T> screen(List<T> items, BatchOptions options, Function<T, Optional<FieldError>> permission,
            Function<T, List<FieldError>> rules, Function<T, Object> key, String keyDescription) {
        if (items.size() > maxItems) {
            throw ProblemException.tooLarge("A batch holds at most " + maxItems + " items; this one holds "
                    + items.size() + ". Split it.", maxItems);
        }
        List<FieldError> forbidden = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            int at = index;
            Optional.ofNullable(items.get(index)).flatMap(permission).ifPresent(error -> forbidden.add(error.at(at)));
        }
        if (options.atomic() && !forbidden.isEmpty()) {
            throw ProblemException.forbidden(forbidden);
        }
        List<T> accepted = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>(forbidden);
        Set<Integer> refused = forbidden.stream().map(FieldError::index).collect(Collectors.toSet());
        Map<Object, Integer> firstIndexOfKey = new HashMap<>();
        for (int index = 0; index < items.size(); index++) {
            T item = items.get(index);
            if (refused.contains(index)) {
                continue;
            }
            if (item == null) {
                errors.add(new FieldError(index, "item", "must not be null"));
                continue;
            }
            List<FieldError> itemErrors = rules.apply(item);
            if (!itemErrors.isEmpty()) {
                int at = index;
                itemErrors.forEach(error -> errors.add(error.at(at)));
                continue;
            }
            Integer first = firstIndexOfKey.putIfAbsent(key.apply(item), index);
            if (first != null) {
                errors.add(new FieldError(index, keyDescription, "repeats item " + first + " of this batch"));
                continue;
            }
            accepted.add(item);
        }
        if (options.atomic() && !errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        errors.sort(Comparator.comparing(FieldError::index));
        return new Result<>(accepted, errors);
    }
}
