package fr.dmpindicators.calendar;

import java.time.LocalDate;

/** The DMP law of 13 August 2004: no DMP, hence no record, predates it. */
public final class DmpLaw {

    /** The day the law was passed. */
    public static final LocalDate DATE = LocalDate.of(2004, 8, 13);

    private DmpLaw() {
    }

    /** The date itself, or the law's date for an earlier one: where a read of the counts can start. */
    public static LocalDate notBefore(LocalDate date) {
        return date.isBefore(DATE) ? DATE : date;
    }
}
