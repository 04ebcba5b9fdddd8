package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import java.util.Collections;
import java.util.List;

/**
 * Items written together, and where they stand in what the caller sent: a batch is one chunk from index 0, a file
 * import a stream of chunks. A single item has no index, so its errors name none, as a single write always answered.
 *
 * @param firstIndex the index of the first item in the whole batch, null for a single item
 */
public record Chunk<I>(List<I> items, Integer firstIndex) {

    public static <I> Chunk<I> single(I item) {
        return new Chunk<>(Collections.singletonList(item), null);
    }

    public static <I> Chunk<I> whole(List<I> items) {
        return new Chunk<>(items, 0);
    }

    /** The error as the caller reads it: at the item's index in the whole batch, or without one for a single item. */
    FieldError at(FieldError error, int position) {
        return firstIndex == null ? error : error.at(firstIndex + position);
    }

    Integer indexOf(int position) {
        return firstIndex == null ? null : firstIndex + position;
    }
}
