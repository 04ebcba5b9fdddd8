package fr.dmpindicators.dashboard;

import fr.dmpindicators.indicator.Completeness.Feed;
import fr.dmpindicators.indicator.IndicatorValue;
import fr.dmpindicators.objective.ProgressReport;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.totals.Sums;
import java.time.LocalDate;
import java.util.List;

/**
 * A territory's dashboard card at a date: its indicators, its recent counts, its rank, its objectives, its own feed's
 * completeness.
 */
public record Card(Territory territory, LocalDate asOf, IndicatorValue coverage, IndicatorValue alimentation,
        Sums last7Days, Sums last30Days, SiblingRank rank, List<ProgressReport> objectives, Feed completeness) {

    /**
     * The rank by coverage among the siblings that have a coverage value ({@code of} counts those); without a value
     * of its own, no rank but the reason.
     */
    public record SiblingRank(Integer rank, int of, String parent, ProblemText reason) {
    }
}
