package fr.dmpindicators.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks items by a value, largest first, in competition style: equal values share a rank and the next rank skips
 * (1, 2, 2, 4). Items without a value come last, in their given order, without a rank.
 */
public final class Ranks {

    /** An item and its rank, null when it has no value. */
    public record Ranked<T>(T item, Integer rank) {
    }

    private Ranks() {
    }

    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, Double> value) {
        List<T> withValue = new ArrayList<>(items.stream().filter(item -> value.apply(item) != null).toList());
        withValue.sort(Comparator.comparing(value, Comparator.reverseOrder()));
        List<Ranked<T>> ranked = new ArrayList<>();
        for (int i = 0; i < withValue.size(); i++) {
            T item = withValue.get(i);
            boolean tiesPrevious = i > 0 && value.apply(item).equals(value.apply(withValue.get(i - 1)));
            ranked.add(new Ranked<>(item, tiesPrevious ? ranked.get(i - 1).rank() : i + 1));
        }
        items.stream().filter(item -> value.apply(item) == null).forEach(item -> ranked.add(new Ranked<>(item, null)));
        return ranked;
    }
}
