package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.indicator.Completeness.Feed;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.TotalsReader;
import fr.dmpindicators.totals.TotalsReader.DataDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The completeness of the feeds: for each child of a territory, or each member of a combined scope, the days with
 * data from the daily totals (two statements at most, whatever the length of the range), then the rate and the
 * lateness by {@link Formulas}.
 */
@ApplicationScoped
public class CompletenessReader {

    /** The days of the dashboard card's own completeness, those of its longer count. */
    static final int CARD_DAYS = 30;

    @Inject
    TotalsReader totals;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    DmpConfig config;

    /**
     * Without {@code from}, from the scope's first day with data (as a time series), or {@code to} if none; days
     * before the DMP law, when none can have data, are not counted unless the whole range is before it.
     */
    public Completeness completeness(String asked, Scope scope, Channel channel, Window window) {
        List<Territory> members = members(scope);
        LocalDate from = window.from();
        if (from == null) {
            LocalDate first = totals.dataDay(scope.codes(), DmpLaw.DATE, window.to(), false);
            from = first == null ? window.to() : first;
        } else if (from.isBefore(DmpLaw.DATE) && !window.to().isBefore(DmpLaw.DATE)) {
            from = DmpLaw.DATE;
        }
        return new Completeness(asked == null || asked.isBlank() ? Territory.NATION_CODE : asked, channel,
                window.asOf(), from, window.to(), (int) days(from, window.to()), lateAfterDays(),
                feeds(members, channel, from, window.to(), window.asOf()));
    }

    /** A territory's own feed over the {@value #CARD_DAYS} days up to asOf, as its dashboard card shows it. */
    public Feed ownFeed(Territory territory, LocalDate asOf) {
        return feeds(List.of(territory), null, asOf.minusDays(CARD_DAYS - 1L), asOf, asOf).get(0);
    }

    private List<Feed> feeds(List<Territory> members, Channel channel, LocalDate from, LocalDate to, LocalDate asOf) {
        long days = days(from, to);
        Map<String, DataDays> found = totals.dataDays(members.stream().map(t -> t.code).toList(), channel, from, to,
                asOf);
        return members.stream().map(member -> {
            DataDays data = found.getOrDefault(member.code, new DataDays(0, null));
            return new Feed(member, data.days(), (int) (days - data.days()),
                    Formulas.completeness(data.days(), days), data.lastDataDay(),
                    Formulas.late(data.lastDataDay(), asOf, lateAfterDays()));
        }).toList();
    }

    /** The children of a single territory that has some, else the members of the scope themselves. */
    private List<Territory> members(Scope scope) {
        if (scope.territories().size() == 1) {
            List<Territory> children = hierarchy.children(scope.territories().get(0).code);
            if (!children.isEmpty()) {
                return children;
            }
        }
        return scope.territories();
    }

    private int lateAfterDays() {
        return config.completeness().lateAfterDays();
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
