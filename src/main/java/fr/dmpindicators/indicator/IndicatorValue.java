package fr.dmpindicators.indicator;

import java.time.LocalDate;

/**
 * One indicator's answer for a scope: the period it covers (its end given only when it has a start), the ratio it
 * computed, the population year a coverage divided by, and the latest record date it includes.
 */
public record IndicatorValue(Indicator indicator, Scope scope, LocalDate asOf, LocalDate from, LocalDate to,
        Ratio ratio, Integer populationYear, LocalDate lastDataDate) {

    static IndicatorValue of(Indicator indicator, Scope scope, Window window, Ratio ratio, Integer populationYear,
            LocalDate lastDataDate) {
        return new IndicatorValue(indicator, scope, window.asOf(), window.from(),
                window.from() == null ? null : window.to(), ratio, populationYear, lastDataDate);
    }
}
