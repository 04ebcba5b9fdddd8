package fr.dmpindicators.record;

import fr.dmpindicators.practitioner.PractitionerType;
import java.time.LocalDate;

/** How much one write moved the counts of one source on one day, for the totals to follow. */
public record CountChange(LocalDate date, String departement, Channel channel, PractitionerType practitionerType,
        String finess, long created, long alimented, int records) {

    static CountChange added(DmpCreation record) {
        return of(record, record.created, record.alimented, 1);
    }

    static CountChange removed(DmpCreation record) {
        return of(record, -record.created, -record.alimented, -1);
    }

    static CountChange replaced(DmpCreation record, long previousCreated, long previousAlimented) {
        return of(record, record.created - previousCreated, record.alimented - previousAlimented, 0);
    }

    private static CountChange of(DmpCreation record, long created, long alimented, int records) {
        return new CountChange(record.date, record.territoryCode, record.channel, record.practitionerType,
                record.finess, created, alimented, records);
    }
}
