package fr.dmpindicators.totals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import java.time.LocalDate;

/** How much one write moved the counts of one source on one day, for the totals to follow. */
public record CountChange(LocalDate date, String departement, Channel channel, PractitionerType practitionerType,
        String finess, long created, long alimented, int records) {

    /** What the change adds to every totals row it falls in. */
    Sums sums() {
        return new Sums(created, alimented, records);
    }
}
