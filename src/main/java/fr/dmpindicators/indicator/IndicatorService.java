package fr.dmpindicators.indicator;

import fr.dmpindicators.api.model.BreakdownDimensionDto;
import fr.dmpindicators.api.model.BreakdownDto;
import fr.dmpindicators.api.model.BreakdownItemDto;
import fr.dmpindicators.api.model.IndicatorCodeDto;
import fr.dmpindicators.api.model.IndicatorValueDto;
import fr.dmpindicators.api.model.IntervalDto;
import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.RankingDto;
import fr.dmpindicators.api.model.RankingItemDto;
import fr.dmpindicators.api.model.ScopeDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.api.model.TerritoryRefDto;
import fr.dmpindicators.api.model.TimeSeriesDto;
import fr.dmpindicators.api.model.TimeSeriesPointDto;
import fr.dmpindicators.api.model.UnitDto;
import fr.dmpindicators.calendar.DateParameter;
import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.territory.PopulationResolver;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.territory.TerritoryLevel;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader.PeriodSums;
import fr.dmpindicators.totals.TotalsReader.SourceSums;
import fr.dmpindicators.totals.TotalsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the indicators of DOMAIN §5 from the totals: every answer carries its scope, the date it stands at, the
 * numerator and denominator it divides, and the latest record date it includes.
 */
@ApplicationScoped
public class IndicatorService {

    /** The date range an answer covers: [from, to], known as of asOf. */
    public record Window(LocalDate asOf, LocalDate from, LocalDate to) {

        LocalDate start() {
            return from == null ? DmpLaw.DATE : from;
        }
    }

    /**
     * The most points a time series answers: a day by day series over 27 years, far more than a chart draws; a
     * longer one (a far past {@code from}, a far future {@code asOf}) is refused with the limit rather than built.
     */
    static final int MAX_SERIES_POINTS = 10_000;

    @Inject
    TotalsReader totals;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    PopulationResolver populations;

    @Inject
    Today today;

    public Scope scope(String codes) {
        return Scope.parse(codes, hierarchy);
    }

    /** asOf defaults to today; to defaults to asOf and never passes it; from must not pass to. */
    public Window window(LocalDate asOf, LocalDate from, LocalDate to) {
        DateParameter.checked("asOf", asOf);
        DateParameter.checked("from", from);
        DateParameter.checked("to", to);
        LocalDate at = asOf == null ? today.date() : asOf;
        LocalDate end = to == null || to.isAfter(at) ? at : to;
        if (from != null && from.isAfter(end)) {
            throw ProblemException.malformed("from (" + from + ") is after the end of the period (" + end + ").",
                    List.of(FieldError.of("from", "must not be after to or asOf")));
        }
        return new Window(at, from, end);
    }

    public IndicatorValueDto coverage(Scope scope, Window window) {
        Sums sums = totals.total(scope.codes(), window.start(), window.to());
        ScopePopulation population = populations.resolve(scope.codes(), window.to().getYear());
        Ratio ratio = population.isKnown()
                ? Ratio.of(sums.created(), population.population(), "the reference population is zero")
                : Ratio.of(sums.created(), null, "no reference population for " + window.to().getYear()
                        + " or earlier for " + describe(population.missing()));
        return value(IndicatorCodeDto.COVERAGE_RATE, scope, window, ratio, UnitDto.RATIO)
                .populationYear(population.isKnown() ? population.year() : null);
    }

    public IndicatorValueDto alimentation(Scope scope, Window window) {
        Sums sums = totals.total(scope.codes(), window.start(), window.to());
        return value(IndicatorCodeDto.ALIMENTATION_SHARE, scope, window,
                Ratio.of(sums.alimented(), sums.created(), "no DMP created in the scope and period"),
                UnitDto.RATIO);
    }

    public IndicatorValueDto growth(Scope scope, Window window) {
        LocalDate dayBefore = window.from().minusDays(1);
        long before = totals.total(scope.codes(), DmpLaw.DATE, dayBefore).created();
        long after = totals.total(scope.codes(), DmpLaw.DATE, window.to()).created();
        return value(IndicatorCodeDto.GROWTH, scope, window,
                Ratio.growth(before, after, "no DMP created before " + window.from()), UnitDto.RATIO);
    }

    public IndicatorValueDto establishmentsInvolved(Scope scope, Window window) {
        long count = totals.establishmentsInvolved(hierarchy.departementsUnder(scope.codes()), window.start(),
                window.to());
        return value(IndicatorCodeDto.ESTABLISHMENTS_INVOLVED, scope, window, Ratio.count(count), UnitDto.COUNT);
    }

    public Sums counts(Scope scope, LocalDate from, LocalDate to) {
        return totals.total(scope.codes(), from, to);
    }

    public BreakdownDto breakdown(BreakdownDimensionDto by, Scope scope, Window window) {
        List<BreakdownItemDto> items = switch (by) {
            case CHANNEL -> bySource(scope, window, false);
            case PRACTITIONER_TYPE -> bySource(scope, window, true);
            case ESTABLISHMENT -> totals.byEstablishment(hierarchy.departementsUnder(scope.codes()), window.start(),
                    window.to()).stream().map(e -> item(e.finess(), e.name(), e.sums())).toList();
            case TERRITORY -> byChildTerritory(scope, window);
        };
        long created = items.stream().mapToLong(BreakdownItemDto::getCreated).sum();
        long alimented = items.stream().mapToLong(BreakdownItemDto::getAlimented).sum();
        items.forEach(item -> item
                .createdShare(Ratio.quotient(item.getCreated(), created))
                .alimentedShare(Ratio.quotient(item.getAlimented(), alimented)));
        return new BreakdownDto().by(by).scope(scopeDto(scope)).asOf(window.asOf()).from(window.from())
                .to(window.to()).created(created).alimented(alimented)
                .lastDataDate(lastDataDate(scope, window))
                .items(items.stream().sorted(Comparator.comparing(BreakdownItemDto::getCreated).reversed()
                        .thenComparing(BreakdownItemDto::getKey)).toList());
    }

    /** The children of {@code parent}, or with a level every territory of that level under it, ranked. */
    public RankingDto ranking(String parentCode, TerritoryLevel level, Metric metric, Window window) {
        Territory parent = hierarchy.findParameter("parent", parentCode);
        List<Territory> members = level == null ? hierarchy.children(parent.code) : hierarchy.under(parent.code, level);
        if (level != null && members.isEmpty()) {
            throw ProblemException.malformed("There is no " + level + " under " + parent.code + ".",
                    List.of(FieldError.of("level", "must be below the level of parent")));
        }
        return new RankingDto().parent(parent.code).indicator(MetricDto.valueOf(metric.name()))
                .asOf(window.asOf()).from(window.from())
                .items(rank(members, metric, window).stream().map(r -> r.item().rank(r.rank())).toList());
    }

    /** The children of a territory, each with its value of the metric, ranked. */
    public List<Ranked<RankingItemDto>> rankChildren(Territory parent, Metric metric, Window window) {
        return rank(hierarchy.children(parent.code), metric, window);
    }

    /** These territories, each with its value of the metric, ranked. */
    private List<Ranked<RankingItemDto>> rank(List<Territory> territories, Metric metric, Window window) {
        Map<String, Sums> sums = territories.isEmpty() ? Map.of()
                : totals.byTerritory(territories.stream().map(t -> t.code).toList(), window.start(), window.to());
        Map<String, ScopePopulation> populationsOf = metric == Metric.COVERAGE_RATE
                ? populations.resolveEach(territories.stream().map(t -> t.code).toList(), window.to().getYear())
                : Map.of();
        List<RankingItemDto> items = new ArrayList<>();
        for (Territory territory : territories) {
            Sums territorySums = sums.getOrDefault(territory.code, Sums.NONE);
            Ratio ratio = switch (metric) {
                case DMP_CREATED -> Ratio.count(territorySums.created());
                case ALIMENTATION_SHARE -> Ratio.of(territorySums.alimented(), territorySums.created(),
                        "no DMP created");
                case COVERAGE_RATE -> {
                    ScopePopulation population = populationsOf.get(territory.code);
                    yield Ratio.of(territorySums.created(), population.isKnown() ? population.population()
                            : null, "no reference population");
                }
            };
            items.add(new RankingItemDto().territory(territory.code).name(territory.name).numerator(ratio.numerator())
                    .denominator(metric == Metric.DMP_CREATED ? null : ratio.denominator()).value(ratio.value()));
        }
        return Ranks.rank(items, RankingItemDto::getValue);
    }

    public TimeSeriesDto timeSeries(Interval interval, Scope scope, Window window) {
        TimeSeriesDto series = new TimeSeriesDto().interval(IntervalDto.valueOf(
                interval.name())).scope(scopeDto(scope)).asOf(window.asOf()).to(window.to())
                .lastDataDate(lastDataDate(scope, window));
        LocalDate from = window.from() != null ? window.from()
                : totals.dataDay(scope.codes(), DmpLaw.DATE, window.to(), false);
        if (from == null) {
            return series.items(List.of());
        }
        long periods = interval.periodsBetween(from, window.to());
        if (periods > MAX_SERIES_POINTS) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A time series has at most "
                    + MAX_SERIES_POINTS + " points; from " + from + " to " + window.to() + " by " + interval
                    + " has " + periods + ". Choose a longer interval or a shorter period.",
                    List.of(FieldError.of("interval", "gives " + periods + " points, more than "
                            + MAX_SERIES_POINTS + " from " + from + " to " + window.to())),
                    (long) MAX_SERIES_POINTS);
        }
        series.from(from);
        Map<LocalDate, Sums> byPeriod = new TreeMap<>();
        if (interval.holdsWholeMonths()) {
            for (PeriodSums row : totals.byPeriod(scope.codes(), from, window.to())) {
                byPeriod.merge(interval.startOf(row.start()), row.sums(), Sums::plus);
            }
        } else {
            for (PeriodSums row : totals.byDay(scope.codes(), from, window.to())) {
                byPeriod.merge(interval.startOf(row.start()), row.sums(), Sums::plus);
            }
        }
        Sums cumulative = totals.total(scope.codes(), DmpLaw.DATE, from.minusDays(1));
        Map<Integer, ScopePopulation> populationByYear = new HashMap<>();
        List<TimeSeriesPointDto> points = new ArrayList<>();
        for (LocalDate start = interval.startOf(from); !start.isAfter(window.to()); start = interval.next(start)) {
            LocalDate end = interval.next(start).minusDays(1);
            LocalDate cutEnd = end.isAfter(window.to()) ? window.to() : end;
            Sums period = byPeriod.getOrDefault(start, Sums.NONE);
            cumulative = cumulative.plus(period);
            // No population is set for a year after the current one: later years share its figure, read once.
            ScopePopulation population = populationByYear.computeIfAbsent(
                    Math.min(cutEnd.getYear(), today.date().getYear()),
                    year -> populations.resolve(scope.codes(), year));
            points.add(new TimeSeriesPointDto().period(interval.label(start))
                    .start(start.isBefore(from) ? from : start).end(cutEnd)
                    .created(period.created()).alimented(period.alimented())
                    .cumulativeCreated(cumulative.created()).cumulativeAlimented(cumulative.alimented())
                    .coverage(population.isKnown()
                            ? Ratio.quotient(cumulative.created(), population.population()) : null)
                    .alimentationShare(Ratio.quotient(cumulative.alimented(), cumulative.created())));
        }
        return series.items(points);
    }

    public ScopeDto scopeDto(Scope scope) {
        return new ScopeDto().codes(scope.codes()).territories(scope.territories().stream()
                .map(IndicatorService::territoryRef).toList());
    }

    public static TerritoryRefDto territoryRef(Territory t) {
        return new TerritoryRefDto().code(t.code).name(t.name).level(TerritoryLevelDto.valueOf(t.level.name()));
    }

    private List<BreakdownItemDto> bySource(Scope scope, Window window, boolean byPractitionerType) {
        Map<String, Sums> grouped = new TreeMap<>();
        for (SourceSums row : totals.bySource(scope.codes(), window.start(), window.to())) {
            if (byPractitionerType && row.practitionerType() == null) {
                continue;
            }
            grouped.merge(byPractitionerType ? row.practitionerType().name() : row.channel().name(), row.sums(),
                    Sums::plus);
        }
        return grouped.entrySet().stream()
                .map(e -> item(e.getKey(), byPractitionerType ? PractitionerType.valueOf(e.getKey()).label()
                        : Channel.valueOf(e.getKey()).label(), e.getValue()))
                .toList();
    }

    private List<BreakdownItemDto> byChildTerritory(Scope scope, Window window) {
        List<Territory> parts = scope.territories().size() == 1 && !hierarchy.children(scope.codes().get(0))
                .isEmpty() ? hierarchy.children(scope.codes().get(0)) : scope.territories();
        Map<String, Sums> sums = totals.byTerritory(parts.stream().map(t -> t.code).toList(), window.start(),
                window.to());
        return parts.stream().map(t -> item(t.code, t.name, sums.getOrDefault(t.code, Sums.NONE))).toList();
    }

    private static BreakdownItemDto item(String key, String label, Sums sums) {
        return new BreakdownItemDto().key(key).label(label).created(sums.created()).alimented(sums.alimented());
    }

    private IndicatorValueDto value(IndicatorCodeDto indicator, Scope scope, Window window, Ratio ratio,
            UnitDto unit) {
        return new IndicatorValueDto().indicator(indicator).scope(scopeDto(scope)).asOf(window.asOf())
                .from(window.from()).to(window.from() == null ? null : window.to())
                .numerator(ratio.numerator()).denominator(ratio.denominator()).value(ratio.value())
                .reason(ratio.reason()).unit(unit).lastDataDate(lastDataDate(scope, window));
    }

    private static String describe(List<String> territories) {
        int shown = Math.min(territories.size(), 8);
        return String.join(", ", territories.subList(0, shown))
                + (territories.size() > shown ? " and " + (territories.size() - shown) + " more" : "");
    }

    private LocalDate lastDataDate(Scope scope, Window window) {
        return totals.dataDay(scope.codes(), window.start(), window.to(), true);
    }
}
