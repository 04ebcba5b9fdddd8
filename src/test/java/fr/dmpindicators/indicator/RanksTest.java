package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.indicator.Ranks.Ranked;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RanksTest {

    private static List<String> ranked(Map<String, Double> values, String... order) {
        return Ranks.rank(Arrays.asList(order), values::get).stream()
                .map(r -> r.item() + "=" + r.rank()).toList();
    }

    @Test
    void shouldRankLargestFirst() {
        assertEquals(List.of("b=1", "c=2", "a=3"), ranked(Map.of("a", 0.1, "b", 0.3, "c", 0.2), "a", "b", "c"));
    }

    @Test
    void shouldShareARankBetweenEqualValuesAndSkipTheNext() {
        assertEquals(List.of("a=1", "b=2", "c=2", "d=4"),
                ranked(Map.of("a", 4.0, "b", 3.0, "c", 3.0, "d", 1.0), "a", "b", "c", "d"));
    }

    @Test
    void shouldPutItemsWithoutValueLastWithoutRank() {
        Map<String, Double> values = new HashMap<>();
        values.put("a", null);
        values.put("b", 0.0);
        values.put("c", null);
        List<Ranked<String>> ranked = Ranks.rank(List.of("a", "b", "c"), values::get);
        assertEquals(List.of("b", "a", "c"), ranked.stream().map(Ranked::item).toList());
        assertEquals(Arrays.asList(1, null, null), ranked.stream().map(Ranked::rank).toList());
    }

    @Test
    void shouldRankNothing() {
        assertEquals(List.of(), Ranks.rank(List.<String>of(), s -> 1.0));
    }
}
