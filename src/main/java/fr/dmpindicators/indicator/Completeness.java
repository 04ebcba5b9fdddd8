package fr.dmpindicators.indicator;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.territory.Territory;
import java.time.LocalDate;
import java.util.List;

/**
 * How completely each territory of a scope sent its data from {@code from} to {@code to} ({@code days} days), of one
 * channel or all (null), and which ones are late at asOf.
 */
public record Completeness(String territory, Channel channel, LocalDate asOf, LocalDate from, LocalDate to,
        int days, int lateAfterDays, List<Feed> items) {

    /** One territory's feed: its days with and without data, their rate, its last day with data, its lateness. */
    public record Feed(Territory territory, int daysWithData, int daysMissing, double rate, LocalDate lastDataDate,
            boolean late) {
    }
}
