package fr.dmpindicators.dashboard;

import fr.dmpindicators.api.model.CountsDto;
import fr.dmpindicators.api.model.DashboardDto;
import fr.dmpindicators.api.model.IndicatorValueDto;
import fr.dmpindicators.api.model.RankingItemDto;
import fr.dmpindicators.api.model.SiblingRankDto;
import fr.dmpindicators.indicator.IndicatorService.Window;
import fr.dmpindicators.indicator.IndicatorService;
import fr.dmpindicators.indicator.Metric;
import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.indicator.Scope;
import fr.dmpindicators.objective.ObjectiveService;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.Sums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Assembles a territory's dashboard card in one call. */
@ApplicationScoped
public class DashboardService {

    @Inject
    IndicatorService indicators;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    ObjectiveService objectives;

    public DashboardDto dashboard(String code, LocalDate asOf) {
        Territory territory = hierarchy.find(code)
                .orElseThrow(() -> ProblemException.notFound("No territory has the code " + code + "."));
        Scope scope = Scope.of(territory);
        Window window = indicators.window(asOf, null, null);
        IndicatorValueDto coverage = indicators.coverage(scope, window);
        return new DashboardDto()
                .territory(IndicatorService.territoryRef(territory))
                .asOf(window.asOf())
                .coverage(coverage)
                .alimentation(indicators.alimentation(scope, window))
                .last7Days(lastDays(scope, window.asOf(), 7))
                .last30Days(lastDays(scope, window.asOf(), 30))
                .rank(rankAmongSiblings(territory, coverage, window))
                .objectives(objectives.progressOfTerritory(territory.code, window.asOf()));
    }

    private CountsDto lastDays(Scope scope, LocalDate asOf, int days) {
        Sums sums = indicators.counts(scope, asOf.minusDays(days - 1L), asOf);
        return new CountsDto().created(sums.created()).alimented(sums.alimented());
    }

    /**
     * The territory's rank among those of its siblings that have a coverage value at asOf (a sibling without a
     * reference population, or before any DMP, is not ranked and not counted); without a value of its own, no rank
     * but the reason.
     */
    private SiblingRankDto rankAmongSiblings(Territory territory, IndicatorValueDto coverage, Window window) {
        if (territory.parentCode == null) {
            return null;
        }
        Territory parent = hierarchy.find(territory.parentCode).orElseThrow();
        List<Ranked<RankingItemDto>> ranked = indicators.rankChildren(parent, Metric.COVERAGE_RATE, window);
        Integer rank = ranked.stream().filter(r -> r.item().getTerritory().equals(territory.code))
                .findFirst().map(Ranked::rank).orElse(null);
        int of = (int) ranked.stream().filter(r -> r.rank() != null).count();
        return new SiblingRankDto().rank(rank).of(of).parent(parent.code)
                .reason(rank == null ? "no coverage value for " + territory.code + " at " + window.asOf()
                        + (coverage.getReason() == null ? "" : ": " + coverage.getReason()) : null);
    }
}
