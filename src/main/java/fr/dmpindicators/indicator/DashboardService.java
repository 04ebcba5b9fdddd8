package fr.dmpindicators.indicator;

import fr.dmpindicators.api.model.CountsDto;
import fr.dmpindicators.api.model.DashboardDto;
import fr.dmpindicators.api.model.RankingItemDto;
import fr.dmpindicators.api.model.SiblingRankDto;
import fr.dmpindicators.common.ProblemException;
import fr.dmpindicators.indicator.IndicatorService.Window;
import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.indicator.TotalsQuery.Sums;
import fr.dmpindicators.objective.ObjectiveService;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
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
        return new DashboardDto()
                .territory(IndicatorService.territoryRef(territory))
                .asOf(window.asOf())
                .coverage(indicators.coverage(scope, window))
                .alimentation(indicators.alimentation(scope, window))
                .last7Days(lastDays(scope, window.asOf(), 7))
                .last30Days(lastDays(scope, window.asOf(), 30))
                .rank(rankAmongSiblings(territory, window))
                .objectives(objectives.progressOfTerritory(territory.code, window.asOf()));
    }

    private CountsDto lastDays(Scope scope, LocalDate asOf, int days) {
        Sums sums = indicators.counts(scope, asOf.minusDays(days - 1L), asOf);
        return new CountsDto().created(sums.created()).alimented(sums.alimented());
    }

    private SiblingRankDto rankAmongSiblings(Territory territory, Window window) {
        if (territory.parentCode == null) {
            return null;
        }
        Territory parent = hierarchy.find(territory.parentCode).orElseThrow();
        List<Ranked<RankingItemDto>> ranked = indicators.rankChildren(parent,
                Metric.COVERAGE_RATE, window);
        Integer rank = ranked.stream().filter(r -> r.item().getTerritory().equals(territory.code))
                .map(Ranked::rank).findFirst().orElse(null);
        return new SiblingRankDto().rank(rank).of(ranked.size()).parent(parent.code);
    }
}
