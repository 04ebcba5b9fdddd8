package fr.dmpindicators.indicator;

import fr.dmpindicators.api.IndicatorsApi;
import fr.dmpindicators.api.model.BreakdownDimensionDto;
import fr.dmpindicators.api.model.IntervalDto;
import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.territory.TerritoryLevel;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** HTTP access to the indicators and their catalogue. */
@Path("/")
public class IndicatorResource implements IndicatorsApi {

    @Inject
    IndicatorService indicators;

    @Inject
    ServiceMetrics metrics;

    @Override
    public Response listIndicators() {
        return Response.ok(IndicatorCatalogue.DEFINITIONS).build();
    }

    @Override
    public Response getCoverage(String territory, LocalDate asOf, LocalDate from) {
        metrics.indicatorRead("coverage");
        return Response.ok(indicators.coverage(indicators.scope(territory), indicators.window(asOf, from, null)))
                .build();
    }

    @Override
    public Response getAlimentationShare(String territory, LocalDate asOf, LocalDate from) {
        metrics.indicatorRead("alimentation");
        return Response.ok(indicators.alimentation(indicators.scope(territory), indicators.window(asOf, from, null)))
                .build();
    }

    @Override
    public Response getGrowth(LocalDate from, String territory, LocalDate asOf, LocalDate to) {
        metrics.indicatorRead("growth");
        return Response.ok(indicators.growth(indicators.scope(territory), indicators.window(asOf, from, to))).build();
    }

    @Override
    public Response getEstablishmentsInvolved(String territory, LocalDate asOf, LocalDate from, LocalDate to) {
        metrics.indicatorRead("establishments");
        return Response.ok(indicators.establishmentsInvolved(indicators.scope(territory),
                indicators.window(asOf, from, to))).build();
    }

    @Override
    public Response getBreakdown(BreakdownDimensionDto by, String territory, LocalDate asOf, LocalDate from,
            LocalDate to) {
        metrics.indicatorRead("breakdown");
        return Response.ok(indicators.breakdown(by, indicators.scope(territory), indicators.window(asOf, from, to)))
                .build();
    }

    @Override
    public Response getRanking(String parent, TerritoryLevelDto level, MetricDto indicator, LocalDate asOf,
            LocalDate from) {
        metrics.indicatorRead("ranking");
        Metric metric = indicator == null ? Metric.COVERAGE_RATE : Metric.valueOf(indicator.name());
        return Response.ok(indicators.ranking(parent, level == null ? null : TerritoryLevel.valueOf(level.name()),
                metric, indicators.window(asOf, from, null))).build();
    }

    @Override
    public Response getTimeSeries(IntervalDto interval, String territory, LocalDate asOf, LocalDate from,
            LocalDate to) {
        metrics.indicatorRead("timeseries");
        Interval length = interval == null ? Interval.MONTH : Interval.valueOf(interval.name());
        return Response.ok(indicators.timeSeries(length, indicators.scope(territory),
                indicators.window(asOf, from, to))).build();
    }
}
