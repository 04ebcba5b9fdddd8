package fr.dmpindicators.dashboard;

import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.dashboard.Card.SiblingRank;
import fr.dmpindicators.indicator.CompletenessReader;
import fr.dmpindicators.indicator.IndicatorValue;
import fr.dmpindicators.indicator.Metric;
import fr.dmpindicators.indicator.RankingReader;
import fr.dmpindicators.indicator.Ranking.Item;
import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.indicator.Scope;
import fr.dmpindicators.indicator.ValueReader;
import fr.dmpindicators.indicator.ValueReader.Shares;
import fr.dmpindicators.indicator.Window;
import fr.dmpindicators.objective.ObjectiveService;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader.Range;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Assembles a territory's dashboard card in one call, from the same readers as the indicators and objectives. */
@ApplicationScoped
public class DashboardService {

    @Inject
    ValueReader values;

    @Inject
    RankingReader rankings;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    ObjectiveService objectives;

    @Inject
    CompletenessReader completeness;

    @Inject
    Today today;

    public Card dashboard(String code, LocalDate asOf) {
        Territory territory = hierarchy.find(code)
                .orElseThrow(() -> ProblemException.notFound(new ProblemText("detail.no-territory", code)));
        Scope scope = Scope.of(territory);
        Window window = Window.of(asOf, null, null, today.date());
        Shares shares = values.shares(scope, window);
        List<Sums> lastDays = values.counts(scope, List.of(lastDays(window.asOf(), 7), lastDays(window.asOf(), 30)));
        return new Card(territory, window.asOf(), shares.coverage(), shares.alimentation(),
                lastDays.get(0), lastDays.get(1),
                rankAmongSiblings(territory, shares.coverage(), window),
                objectives.progressOfTerritory(territory.code, window.asOf()),
                completeness.ownFeed(territory, window.asOf()));
    }

    private static Range lastDays(LocalDate asOf, int days) {
        return new Range(asOf.minusDays(days - 1L), asOf);
    }

    /**
     * The territory's rank among those of its siblings that have a coverage value at asOf (a sibling without a
     * reference population, or before any DMP, is not ranked and not counted); without a value of its own, no rank
     * but the reason.
     */
    private SiblingRank rankAmongSiblings(Territory territory, IndicatorValue coverage, Window window) {
        if (territory.parentCode == null) {
            return null;
        }
        Territory parent = hierarchy.find(territory.parentCode).orElseThrow();
        List<Ranked<Item>> ranked = rankings.rankChildren(parent, Metric.COVERAGE_RATE, window);
        Integer rank = ranked.stream().filter(r -> r.item().territory().code.equals(territory.code))
                .findFirst().map(Ranked::rank).orElse(null);
        int of = (int) ranked.stream().filter(r -> r.rank() != null).count();
        ProblemText reason = coverage.ratio().reason();
        return new SiblingRank(rank, of, parent.code, rank == null ? reason == null
                ? new ProblemText("reason.no-coverage", territory.code, window.asOf())
                : new ProblemText("reason.no-coverage-because", territory.code, window.asOf(), reason) : null);
    }
}
