package fr.dmpindicators.totals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A generated history of writes, as the record pipeline would send them to the totals: batches of count changes,
 * each the storing, the new counts or the removal of a record. The records fall in départements of several regions,
 * on days around the DMP law, across month and year ends and a leap February; some are removed later, which brings
 * their rows back to zero, and some are created and removed in the same batch.
 */
final class ChangeHistory {

    /** Départements of five regions, two pairs sharing one, with the region each belongs to in the reference file. */
    static final List<List<String>> DEPARTEMENTS_AND_REGIONS = List.of(List.of("75", "R11"), List.of("92", "R11"),
            List.of("69", "R84"), List.of("01", "R84"), List.of("13", "R93"), List.of("2A", "R94"),
            List.of("971", "R01"));

    /** The establishments records may name, all from the test (the transaction of a test registers them). */
    static final List<String> FINESS = List.of("TT0000001", "TT0000002", "TT0000003", "TT0000004");

    /** The days records fall on. */
    static final List<LocalDate> DAYS = Stream.of(days("2004-08-13", "2004-09-02"), days("2004-12-28", "2005-01-03"),
            days("2016-02-27", "2016-03-02"), days("2019-12-30", "2020-01-02"), days("2021-06-01", "2021-06-30"))
            .flatMap(List::stream).toList();

    /** One record as stored, between its writes. */
    private record Stored(LocalDate date, String departement, Channel channel, PractitionerType practitionerType,
            String finess, long created, long alimented) {

        CountChange moved(long created, long alimented, int records) {
            return new CountChange(date, departement, channel, practitionerType, finess, created, alimented, records);
        }
    }

    private final Random random;
    private final List<Stored> stored = new ArrayList<>();
    private final List<List<CountChange>> batches = new ArrayList<>();

    private ChangeHistory(long seed) {
        random = new Random(seed);
    }

    /** Some batches of writes, drawn from a seed. */
    static ChangeHistory generate(long seed) {
        ChangeHistory history = new ChangeHistory(seed);
        int batches = 3 + history.random.nextInt(6);
        for (int i = 0; i < batches; i++) {
            history.batches.add(history.nextBatch());
        }
        return history;
    }

    List<List<CountChange>> batches() {
        return batches;
    }

    /** The records stored at the end of the history, each as the change that would store it alone. */
    List<CountChange> records() {
        return stored.stream().map(record -> record.moved(record.created(), record.alimented(), 1)).toList();
    }

    /** Every change of every batch. */
    List<CountChange> changes() {
        return batches.stream().flatMap(List::stream).toList();
    }

    private List<CountChange> nextBatch() {
        List<CountChange> batch = new ArrayList<>();
        int writes = 1 + random.nextInt(30);
        for (int i = 0; i < writes; i++) {
            int draw = random.nextInt(10);
            if (draw < 5 || stored.isEmpty()) {
                Stored record = newRecord();
                stored.add(record);
                batch.add(record.moved(record.created(), record.alimented(), 1));
            } else if (draw < 8) {
                Stored record = stored.remove(random.nextInt(stored.size()));
                batch.add(record.moved(-record.created(), -record.alimented(), -1));
            } else {
                Stored record = stored.remove(random.nextInt(stored.size()));
                long created = random.nextInt(40);
                long alimented = random.nextInt((int) created + 1);
                stored.add(new Stored(record.date(), record.departement(), record.channel(),
                        record.practitionerType(), record.finess(), created, alimented));
                batch.add(record.moved(created - record.created(), alimented - record.alimented(), 0));
            }
        }
        return batch;
    }

    /** A record with the source fields its channel asks for. */
    private Stored newRecord() {
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        PractitionerType type = channel == Channel.PRACTITIONER
                ? PractitionerType.values()[random.nextInt(PractitionerType.values().length)] : null;
        String finess = channel == Channel.ESTABLISHMENT || channel == Channel.PRACTITIONER && random.nextBoolean()
                ? FINESS.get(random.nextInt(FINESS.size())) : null;
        long created = random.nextInt(40);
        return new Stored(DAYS.get(random.nextInt(DAYS.size())),
                DEPARTEMENTS_AND_REGIONS.get(random.nextInt(DEPARTEMENTS_AND_REGIONS.size())).get(0), channel, type,
                finess, created, random.nextInt((int) created + 1));
    }

    private static List<LocalDate> days(String first, String last) {
        return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toList();
    }
}
