package fr.dmpindicators.indicator;

import fr.dmpindicators.api.model.IndicatorCodeDto;
import fr.dmpindicators.api.model.IndicatorDefinitionDto;
import fr.dmpindicators.api.model.UnitDto;
import java.util.List;

/** What each indicator means, how it is computed, and where to read it: the tooltips of a dashboard. */
public final class IndicatorCatalogue {

    public static final List<IndicatorDefinitionDto> DEFINITIONS = List.of(
            define(IndicatorCodeDto.DMP_CREATED, "DMP created",
                    "DMP opened in the scope, in a period or up to a date.",
                    "sum of created over the records of the scope dated in the period", UnitDto.COUNT,
                    "/api/v1/indicators/timeseries"),
            define(IndicatorCodeDto.DMP_ALIMENTED, "DMP alimentés",
                    "DMP that received their first document in the scope, in a period or up to a date.",
                    "sum of alimented over the records of the scope dated in the period", UnitDto.COUNT,
                    "/api/v1/indicators/timeseries"),
            define(IndicatorCodeDto.COVERAGE_RATE, "Coverage rate",
                    "Share of the reference population that has a DMP; with a start date, the coverage gained since.",
                    "cumulative created at asOf (from the start date if given) ÷ reference population of the scope"
                            + " for the year of asOf",
                    UnitDto.RATIO, "/api/v1/indicators/coverage"),
            define(IndicatorCodeDto.ALIMENTATION_SHARE, "Alimentation share",
                    "Share of the DMP created that received at least one document.",
                    "cumulative alimented at asOf ÷ cumulative created at asOf", UnitDto.RATIO,
                    "/api/v1/indicators/alimentation"),
            define(IndicatorCodeDto.GROWTH, "Growth",
                    "How much the number of DMP grew over a period, relative to the stock when it began.",
                    "(cumulative created at to − cumulative created the day before from) ÷ cumulative created the"
                            + " day before from",
                    UnitDto.RATIO, "/api/v1/indicators/growth"),
            define(IndicatorCodeDto.BREAKDOWN, "Breakdown",
                    "DMP created and alimented in a period split by channel, practitioner type, establishment or"
                            + " child territory.",
                    "sum per part; share = part ÷ total of the period", UnitDto.RATIO,
                    "/api/v1/indicators/breakdown"),
            define(IndicatorCodeDto.RANKING, "Ranking",
                    "The children of a territory sorted by coverage, alimentation share or DMP created.",
                    "the indicator per child, sorted best first; equal values share a rank (1, 2, 2, 4)",
                    UnitDto.RATIO, "/api/v1/indicators/ranking"),
            define(IndicatorCodeDto.ESTABLISHMENTS_INVOLVED, "Establishments involved",
                    "Distinct establishments with at least one DMP created or alimented in the period.",
                    "count of distinct FINESS with created or alimented > 0 in the period", UnitDto.COUNT,
                    "/api/v1/indicators/establishments"),
            define(IndicatorCodeDto.OBJECTIVE_PROGRESS, "Objective progress",
                    "How far a territory is from its objective, and whether it is on track to reach it in time.",
                    "current value ÷ target; expected value on the straight line from the start value to the"
                            + " target; projection at the 30-day rate",
                    UnitDto.RATIO, "/api/v1/objectives/{id}/progress"));

    private IndicatorCatalogue() {
    }

    private static IndicatorDefinitionDto define(IndicatorCodeDto code, String name, String definition,
            String formula, UnitDto unit, String endpoint) {
        return new IndicatorDefinitionDto().code(code).name(name).definition(definition).formula(formula).unit(unit)
                .endpoint(endpoint);
    }
}
