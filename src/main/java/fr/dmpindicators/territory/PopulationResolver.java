package fr.dmpindicators.territory;

import fr.dmpindicators.territory.ReferencePopulationRepository.Figure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The reference population of a scope for a year (domain §2, §5): each territory's own figure for the latest year at
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
    PopulationFigures figures;

    /** The population of several territories together. */
    public ScopePopulation resolve(Collection<String> territoryCodes, int year) {
        return together(territoryCodes, latestByTerritory(figures.all(), year));
    }

    /**
     * The population of several territories together for any year up to {@code lastYear}, from one read of the
     * stored figures: a time series asks for each year it spans.
     */
    public IntFunction<ScopePopulation> resolveUpTo(Collection<String> territoryCodes, int lastYear) {
        List<Figure> stored = figures.all();
        return year -> together(territoryCodes, latestByTerritory(stored, Math.min(year, lastYear)));
    }

    /** The population of each of several territories, with one read of the stored figures. */
    public Map<String, ScopePopulation> resolveEach(Collection<String> territoryCodes, int year) {
        Map<String, Figure> latest = latestByTerritory(figures.all(), year);
        Map<String, ScopePopulation> each = new HashMap<>();
        for (String code : territoryCodes) {
            Accumulator total = new Accumulator();
            add(code, latest, total);
            each.put(code, total.result());
        }
        return each;
    }

    private ScopePopulation together(Collection<String> territoryCodes, Map<String, Figure> latest) {
        Accumulator total = new Accumulator();
        territoryCodes.forEach(code -> add(code, latest, total));
        return total.result();
    }

    /** Each territory's own figure for the latest year at or before the one asked, among these figures. */
    private static Map<String, Figure> latestByTerritory(List<Figure> figures, int year) {
        Map<String, Figure> latest = new HashMap<>();
        for (Figure figure : figures) {
            if (figure.year() <= year) {
                latest.merge(figure.territoryCode(), figure, (a, b) -> a.year() >= b.year() ? a : b);
            }
        }
        return latest;
    }

    private void add(String code, Map<String, Figure> latest, Accumulator total) {
        Figure own = latest.get(code);
        if (own != null) {
            total.population += own.population();
            total.year = Math.max(total.year, own.year());
            return;
        }
        List<Territory> children = hierarchy.children(code);
        if (children.isEmpty()) {
            total.missing.add(code);
        } else {
            children.forEach(child -> add(child.code, latest, total));
        }
    }

    private static final class Accumulator {
        private long population;
        private int year;
        private final TreeSet<String> missing = new TreeSet<>();

        ScopePopulation result() {
            return new ScopePopulation(population, year, List.copyOf(missing));
        }
    }
}
