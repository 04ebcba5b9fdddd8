package fr.dmpindicators.indicator;

import fr.dmpindicators.indicator.Ranking.Item;
import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.territory.TerritoryLevel;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Ranks territories by a metric over a window, each value computed by {@link Formulas}. */
@ApplicationScoped
public class RankingReader {

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    TotalsReader totals;

    @Inject
    PopulationResolver populations;

    /** The children of {@code parent}, or with a level every territory of that level under it, ranked. */
    public Ranking ranking(String parentCode, TerritoryLevel level, Metric metric, Window window) {
        Territory parent = hierarchy.findParameter("parent", parentCode);
        List<Territory> members = level == null ? hierarchy.children(parent.code) : hierarchy.under(parent.code, level);
        if (level != null && members.isEmpty()) {
            throw ProblemException.malformed(new ProblemText("detail.none-under", level, parent.code),
                    List.of(FieldError.rule("level", "below-parent")));
        }
        return new Ranking(parent.code, metric, window.asOf(), window.from(), rank(members, metric, window));
    }

    /** The children of a territory, each with its value of the metric, ranked. */
    public List<Ranked<Item>> rankChildren(Territory parent, Metric metric, Window window) {
        return rank(hierarchy.children(parent.code), metric, window);
    }

    private List<Ranked<Item>> rank(List<Territory> territories, Metric metric, Window window) {
        List<String> codes = territories.stream().map(t -> t.code).toList();
        Map<String, Sums> sums = codes.isEmpty() ? Map.of() : totals.byTerritory(codes, window.start(), window.to());
        int year = window.to().getYear();
        Map<String, ScopePopulation> populationOf = metric == Metric.COVERAGE_RATE
                ? populations.resolveEach(codes, year) : Map.of();
        List<Item> items = territories.stream()
                .map(t -> new Item(t, Formulas.of(metric, sums.getOrDefault(t.code, Sums.NONE),
                        () -> populationOf.get(t.code), year)))
                .toList();
        return Ranks.rank(items, Item::value);
    }
}
