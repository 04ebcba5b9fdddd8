package fr.dmpindicators.indicator;

import fr.dmpindicators.api.model.BreakdownDimensionDto;
import fr.dmpindicators.api.model.BreakdownDto;
import fr.dmpindicators.api.model.BreakdownItemDto;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.CompletenessDto;
import fr.dmpindicators.api.model.IndicatorDefinitionDto;
import fr.dmpindicators.api.model.IndicatorValueDto;
import fr.dmpindicators.api.model.IntervalDto;
import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.RankingDto;
import fr.dmpindicators.api.model.RankingItemDto;
import fr.dmpindicators.api.model.ScopeDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.api.model.TerritoryCompletenessDto;
import fr.dmpindicators.api.model.TerritoryRefDto;
import fr.dmpindicators.api.model.TimeSeriesDto;
import fr.dmpindicators.api.model.TimeSeriesPointDto;
import fr.dmpindicators.indicator.IndicatorCatalogue.Definition;
import fr.dmpindicators.indicator.Ranking.Item;
import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryLevel;
import java.util.List;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

/**
 * The indicators' answers as the contract's models, and the contract's query values as the domain's: enums by name,
 * the defaults the contract states for a parameter left out. The generated models' {@code removeXItem} methods look
 * like fluent setters to MapStruct (mapstruct#3072), so each mapping ignores them by name.
 */
@Mapper
public interface IndicatorMapper {

    List<IndicatorDefinitionDto> definitions(List<Definition> definitions);

    @Mapping(target = "unit", source = "code.unit")
    IndicatorDefinitionDto definition(Definition definition);

    @Mapping(target = "unit", source = "indicator.unit")
    @Mapping(target = ".", source = "ratio")
    IndicatorValueDto value(IndicatorValue value, @Context Locale locale);

    @Mapping(target = "created", source = "total.created")
    @Mapping(target = "alimented", source = "total.alimented")
    @Mapping(target = "removeItemsItem", ignore = true)
    BreakdownDto breakdown(Breakdown breakdown);

    @Mapping(target = ".", source = "sums")
    BreakdownItemDto part(Breakdown.Part part);

    @Mapping(target = "removeItemsItem", ignore = true)
    RankingDto ranking(Ranking ranking, @Context Locale locale);

    @Mapping(target = "territory", source = "item.territory.code")
    @Mapping(target = "name", source = "item.territory.name")
    @Mapping(target = ".", source = "item.ratio")
    RankingItemDto item(Ranked<Item> ranked, @Context Locale locale);

    /** Why a value is missing, in the answer's language. */
    default String reason(ProblemText reason, @Context Locale locale) {
        return reason == null ? null : reason.in(locale);
    }

    @Mapping(target = "removeItemsItem", ignore = true)
    TimeSeriesDto series(TimeSeries series);

    @Mapping(target = ".", source = "counts")
    @Mapping(target = "cumulativeCreated", source = "cumulative.created")
    @Mapping(target = "cumulativeAlimented", source = "cumulative.alimented")
    TimeSeriesPointDto point(TimeSeries.Point point);

    @Mapping(target = "codes", expression = "java(scope.codes())")
    @Mapping(target = "removeCodesItem", ignore = true)
    @Mapping(target = "removeTerritoriesItem", ignore = true)
    ScopeDto scope(Scope scope);

    TerritoryRefDto territory(Territory territory);

    @Mapping(target = "removeItemsItem", ignore = true)
    CompletenessDto completeness(Completeness completeness);

    @Mapping(target = "territory", source = "territory.code")
    @Mapping(target = "name", source = "territory.name")
    TerritoryCompletenessDto feed(Completeness.Feed feed);

    Channel channel(ChannelCodeDto channel);

    @ValueMapping(source = MappingConstants.NULL, target = "COVERAGE_RATE")
    Metric metric(MetricDto metric);

    @ValueMapping(source = MappingConstants.NULL, target = "MONTH")
    Interval interval(IntervalDto interval);

    BreakdownDimension dimension(BreakdownDimensionDto dimension);

    TerritoryLevel level(TerritoryLevelDto level);
}
