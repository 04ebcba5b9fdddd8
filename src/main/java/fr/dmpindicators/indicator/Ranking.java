package fr.dmpindicators.indicator;

import fr.dmpindicators.indicator.Ranks.Ranked;
import fr.dmpindicators.territory.Territory;
import java.time.LocalDate;
import java.util.List;

/** Territories under a parent ranked by a metric, best first; those without a value last, without a rank. */
public record Ranking(String parent, Metric indicator, LocalDate asOf, LocalDate from, List<Ranked<Item>> items) {

    /** One territory and its value of the metric. */
    public record Item(Territory territory, Ratio ratio) {

        public Double value() {
            return ratio.value();
        }
    }
}
