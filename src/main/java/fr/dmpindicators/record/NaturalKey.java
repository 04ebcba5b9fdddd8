package fr.dmpindicators.record;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import java.time.LocalDate;

/**
 * What identifies a DMP creation record (domain §3): a date, a département and a source. Pushing a record with the
 * key of a stored one replaces its counts.
 */
public record NaturalKey(LocalDate date, String territory, Channel channel, String finess,
        PractitionerType practitionerType) {

    /** The key as one string, absent parts empty: what the database's unique constraint holds. */
    public String spelled() {
        return date + "|" + territory + "|" + channel + "|" + (finess == null ? "" : finess) + "|"
                + (practitionerType == null ? "" : practitionerType.name());
    }
}
