package fr.dmpindicators.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query over many values a chunk at a time: an {@code in (...)} list a thousand at a time, the size every
 * database accepts, or an array of values up to the size a database holds in one.
 */
public final class InChunks {

    private static final int CHUNK = 1000;

    private InChunks() {
    }

    public static <V, R> List<R> query(Collection<V> values, Function<List<V>, List<R>> query) {
        return query(values, CHUNK, query);
    }

    /** The query's results for each chunk of at most {@code size} values, in the values' order. */
    public static <V, R> List<R> query(Collection<V> values, int size, Function<List<V>, List<R>> query) {
        List<V> all = List.copyOf(values);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            results.addAll(query.apply(all.subList(from, Math.min(from + size, all.size()))));
        }
        return results;
    }
}
