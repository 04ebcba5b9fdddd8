package fr.dmpindicators.indicator;

import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.totals.Sums;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every formula of domain §5, from plain numbers and no I/O: each gives its numerator, its denominator, its value,
 * and the reason when there is no value. Single values, rankings, time series points, the dashboard card and
 * objectives all compute through these, so that they always agree.
 */
public final class Formulas {

    /** How many territories a reason names before it counts the rest. */
    private static final int NAMED_IN_REASON = 8;

    private Formulas() {
    }

    /**
     * Coverage: DMP created ÷ reference population of the scope for {@code year} (the population resolved for the
     * latest year at or before it). No value without a population for every territory of the scope, or with a
     * population of zero.
     */
    public static Ratio coverage(Sums sums, ScopePopulation population, int year) {
        if (!population.isKnown()) {
            return Ratio.of(sums.created(), null,
                    new ProblemText("reason.no-population", year, named(population.missing())));
        }
        return Ratio.of(sums.created(), population.population(), new ProblemText("reason.zero-population"));
    }

    /** Alimentation share: DMP alimented ÷ DMP created. No value when nothing was created. */
    public static Ratio alimentationShare(Sums sums) {
        return Ratio.of(sums.alimented(), sums.created(), new ProblemText("reason.nothing-created"));
    }

    /**
     * Growth over a period starting on {@code from}: (stock at its end − stock the day before {@code from}) ÷ stock
     * the day before {@code from}. No value when nothing was created before it.
     */
    public static Ratio growth(long stockBefore, long stockAtEnd, LocalDate from) {
        return Ratio.growth(stockBefore, stockAtEnd, new ProblemText("reason.nothing-created-before", from));
    }

    /** A count (DMP created, establishments involved): always a value. */
    public static Ratio count(long count) {
        return Ratio.count(count);
    }

    /** A part's share of a whole (of a breakdown's total): no value when the whole is zero. */
    public static Double share(long part, long whole) {
        return Ratio.quotient(part, whole);
    }

    /** The completeness of a feed: days with data ÷ days in the range, from 0 to 1. */
    public static double completeness(int daysWithData, long days) {
        return (double) daysWithData / days;
    }

    /**
     * Whether a feed is late at asOf: no data in the {@code lateAfterDays} days up to it (asOf included), a feed that
     * never sent any being late too.
     */
    public static boolean late(LocalDate lastDataDay, LocalDate asOf, int lateAfterDays) {
        return lastDataDay == null || !lastDataDay.isAfter(asOf.minusDays(lateAfterDays));
    }

    /**
     * The value of a metric over these sums; the population (for the year {@code year}) is read only for a
     * coverage.
     */
    public static Ratio of(Metric metric, Sums sums, Supplier<ScopePopulation> population, int year) {
        return switch (metric) {
            case DMP_CREATED -> count(sums.created());
            case COVERAGE_RATE -> coverage(sums, population.get(), year);
            case ALIMENTATION_SHARE -> alimentationShare(sums);
        };
    }

    private static Object named(List<String> territories) {
        int shown = Math.min(territories.size(), NAMED_IN_REASON);
        String named = String.join(", ", territories.subList(0, shown));
        return territories.size() > shown ? new ProblemText("reason.and-more", named, territories.size() - shown)
                : named;
    }
}
