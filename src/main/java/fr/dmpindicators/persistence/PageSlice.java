package fr.dmpindicators.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with where it stands in the whole list (pages are 0-based). */
public record PageSlice<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    /** The page of an in-memory list. */
    public static <T> PageSlice<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageSlice<>(all.subList(from, to), page, size, all.size());
    }

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
