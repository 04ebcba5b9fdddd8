package fr.dmpindicators.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reference population of a scope for a year (DOMAIN §2, §5): each territory's own figure for the latest year at
 * or before it wins; a region or the nation without one takes the sum of its children's; a scope of several
 * territories adds theirs up. A territory with no figure anywhere below it makes the population unknown.
 */
@ApplicationScoped
public class PopulationResolver {

    /** A resolved population, or the territories that lack one. */
    public record ScopePopulation(long population, int year, List<String> missing) {

        public boolean isKnown() {
            return missing.isEmpty();
        }
    }

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    ReferencePopulationRepository populations;

    public ScopePopulation resolve(Collection<String> territoryCodes, int year) {
        Map<String, List<ReferencePopulation>> byTerritory = new HashMap<>();
        for (ReferencePopulation p : populations.listAll()) {
            byTerritory.computeIfAbsent(p.territoryCode, code -> new ArrayList<>()).add(p);
        }
        Accumulator total = new Accumulator();
        territoryCodes.forEach(code -> add(code, year, byTerritory, total));
        return new ScopePopulation(total.population, total.year, List.copyOf(total.missing));
    }

    private void add(String code, int year, Map<String, List<ReferencePopulation>> byTerritory, Accumulator total) {
        ReferencePopulation own = byTerritory.getOrDefault(code, List.of()).stream()
                .filter(p -> p.year <= year)
                .max((a, b) -> Integer.compare(a.year, b.year))
                .orElse(null);
        if (own != null) {
            total.population += own.population;
            total.year = Math.max(total.year, own.year);
            return;
        }
        List<Territory> children = hierarchy.children(code);
        if (children.isEmpty()) {
            total.missing.add(code);
        } else {
            children.forEach(child -> add(child.code, year, byTerritory, total));
        }
    }

    private static final class Accumulator {
        private long population;
        private int year;
        private final TreeSet<String> missing = new TreeSet<>();
    }
}
