package fr.dmpindicators.indicator;

import fr.dmpindicators.calendar.DateParameter;
import fr.dmpindicators.calendar.DmpLaw;
import java.time.LocalDate;

/** The date range an answer covers: [from, to], known as of asOf; a null from means since the DMP law. */
public record Window(LocalDate asOf, LocalDate from, LocalDate to) {

    /**
     * The window a request asks for: asOf defaults to today; to defaults to asOf and never passes it; from must not
     * pass to. Each date must be one an ISO date of four-digit year names.
     */
    public static Window of(LocalDate asOf, LocalDate from, LocalDate to, LocalDate today) {
        DateParameter.checked("asOf", asOf);
        DateParameter.checked("from", from);
        DateParameter.checked("to", to);
        LocalDate at = asOf == null ? today : asOf;
        LocalDate end = to == null || to.isAfter(at) ? at : to;
        DateParameter.period(from, end);
        return new Window(at, from, end);
    }

    /** The first day counted: from, or the DMP law's day when the window has no start. */
    public LocalDate start() {
        return from == null ? DmpLaw.DATE : from;
    }
}
