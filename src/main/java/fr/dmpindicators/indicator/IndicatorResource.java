package fr.dmpindicators.indicator;

import fr.dmpindicators.api.IndicatorsApi;
import fr.dmpindicators.api.model.BreakdownDimensionDto;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.IntervalDto;
import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.http.Revalidated;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.territory.TerritoryHierarchy;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** HTTP access to the indicators and their catalogue: parameters to scope and window, answers to the contract. */
@Path("/")
@Revalidated
public class IndicatorResource implements IndicatorsApi {

    @Inject
    ValueReader values;

    @Inject
    BreakdownReader breakdowns;

    @Inject
    RankingReader rankings;

    @Inject
    TimeSeriesReader series;

    @Inject
    CompletenessReader completeness;

    @Inject
    IndicatorMapper mapper;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    Today today;

    @Inject
    ServiceMetrics metrics;

    @Context
    HttpHeaders headers;

    /** The catalogue changes only with a release of the service: clients may keep it an hour. */
    @Override
    @Revalidated(maxAge = 3600)
    public Response listIndicators(String acceptLanguage) {
        return Response.ok(mapper.definitions(IndicatorCatalogue.definitions(Language.of(acceptLanguage)))).build();
    }

    @Override
    public Response getCoverage(String territory, LocalDate asOf, LocalDate from) {
        return read("coverage",
                () -> mapper.value(values.coverage(scope(territory), window(asOf, from, null)), language()));
    }

    @Override
    public Response getAlimentationShare(String territory, LocalDate asOf, LocalDate from) {
        return read("alimentation",
                () -> mapper.value(values.alimentation(scope(territory), window(asOf, from, null)), language()));
    }

    @Override
    public Response getGrowth(LocalDate from, String territory, LocalDate asOf, LocalDate to) {
        return read("growth",
                () -> mapper.value(values.growth(scope(territory), window(asOf, from, to)), language()));
    }

    @Override
    public Response getEstablishmentsInvolved(String territory, LocalDate asOf, LocalDate from, LocalDate to) {
        return read("establishments",
                () -> mapper.value(values.establishmentsInvolved(scope(territory), window(asOf, from, to)),
                        language()));
    }

    @Override
    public Response getBreakdown(BreakdownDimensionDto by, String territory, LocalDate asOf, LocalDate from,
            LocalDate to, String acceptLanguage) {
        return read("breakdown", () -> mapper.breakdown(breakdowns.breakdown(mapper.dimension(by), scope(territory),
                window(asOf, from, to), Language.of(acceptLanguage))));
    }

    @Override
    public Response getRanking(String parent, TerritoryLevelDto level, MetricDto indicator, LocalDate asOf,
            LocalDate from) {
        return read("ranking", () -> mapper.ranking(rankings.ranking(parent, mapper.level(level),
                mapper.metric(indicator), window(asOf, from, null)), language()));
    }

    @Override
    public Response getTimeSeries(IntervalDto interval, String territory, LocalDate asOf, LocalDate from,
            LocalDate to) {
        return read("timeseries", () -> mapper.series(series.series(mapper.interval(interval), scope(territory),
                window(asOf, from, to))));
    }

    @Override
    public Response getCompleteness(String territory, LocalDate from, LocalDate to, ChannelCodeDto channel,
            LocalDate asOf) {
        return read("completeness", () -> mapper.completeness(completeness.completeness(territory, scope(territory),
                mapper.channel(channel), window(asOf, from, to))));
    }

    /** Counts the read of an indicator, then answers it. */
    private Response read(String indicator, Supplier<?> answer) {
        metrics.indicatorRead(indicator);
        return Response.ok(answer.get()).build();
    }

    /** The language of the answer, for the reason of a value that cannot be computed. */
    private Locale language() {
        return Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE));
    }

    private Scope scope(String codes) {
        return Scope.parse(codes, hierarchy);
    }

    private Window window(LocalDate asOf, LocalDate from, LocalDate to) {
        return Window.of(asOf, from, to, today.date());
    }
}
