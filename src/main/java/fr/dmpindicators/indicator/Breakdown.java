package fr.dmpindicators.indicator;

import fr.dmpindicators.totals.Sums;
import java.time.LocalDate;
import java.util.List;

/** The counts of a scope over a period split by one dimension, with the total and each part's share of it. */
public record Breakdown(BreakdownDimension by, Scope scope, LocalDate asOf, LocalDate from, LocalDate to, Sums total,
        LocalDate lastDataDate, List<Part> items) {

    /** One part: its key (a code or a FINESS), its label, its counts and their shares of the total. */
    public record Part(String key, String label, Sums sums, Double createdShare, Double alimentedShare) {
    }
}
