package fr.dmpindicators.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Runs an {@code in (...)} query over many values a thousand at a time, the size every database accepts. */
public final class InChunks {

    private static final int CHUNK = 1000;

    private InChunks() {
    }

    public static <V, R> List<R> query(Collection<V> values, Function<List<V>, List<R>> query) {
        List<V> all = List.copyOf(values);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            results.addAll(query.apply(all.subList(from, Math.min(from + CHUNK, all.size()))));
        }
        return results;
    }
}
