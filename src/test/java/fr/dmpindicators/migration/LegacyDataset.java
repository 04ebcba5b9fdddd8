package fr.dmpindicators.migration;

import fr.dmpindicators.FinessKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * What an installation holds after years of use, generated from a seed so that the database's preparation and the
 * test's expectations see the same data: the territories and INSEE figures that every release's startup stored,
 * populations set through the API, establishments, DMP creation records over twelve départements of seven regions,
 * every channel and practitioner type, nine years, and records pushed then deleted (which leave their totals rows at
 * zero). {@link LegacySchema} writes it shaped for one schema version.
 */
final class LegacyDataset {

    static final String NATION = "FR";
    static final LocalDate DMP_LAW = LocalDate.of(2004, 8, 13);
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    /** A territory as the reference file makes it: a level name as stored, and its parent. */
    record Territory(String code, String name, String level, String parent) {
    }

    record Population(String territory, int year, long population, String source) {
    }

    record Establishment(String finess, String name, String category, String departement) {
    }

    /** A stored record; {@code deleted} ones were pushed and removed, leaving only their traces in the totals. */
    record Record(long id, LocalDate date, String departement, String channel, String finess, String practitionerType,
            long created, long alimented, boolean deleted) {

        /** The natural key as every release spelled it (NaturalKey.spelled): absent parts empty. */
        String naturalKey() {
            return date + "|" + departement + "|" + channel + "|" + Objects.toString(finess, "") + "|"
                    + Objects.toString(practitionerType, "");
        }

        Record withCounts(long newCreated, long newAlimented) {
            return new Record(id, date, departement, channel, finess, practitionerType, newCreated, newAlimented,
                    deleted);
        }
    }

    record Objective(long id, String territory, String metric, LocalDate startDate, List<Revision> revisions) {
    }

    record Revision(int revision, double target, LocalDate dueDate, String label, String reason,
            LocalDate effectiveDate) {
    }

    private static final List<String> DEPARTEMENTS = List.of(
            "75", "92", "94", "22", "29", "35", "80", "59", "2A", "971", "13", "67");
    private static final List<String> CHANNELS = List.of(
            "ESTABLISHMENT", "ESTABLISHMENT", "PRACTITIONER", "PRACTITIONER", "CPAM", "CPAM", "PATIENT", "AUTOMATIC",
            "UNKNOWN");
    private static final List<String> PRACTITIONER_TYPES = List.of(
            "GENERAL_PRACTITIONER", "SPECIALIST_PHYSICIAN", "PHARMACIST", "NURSE", "MIDWIFE", "DENTIST",
            "PHYSIOTHERAPIST", "OTHER");
    private static final List<String> CATEGORIES = List.of("101", "355", "128", "500", "620", "603");

    final Map<String, Territory> territories;
    final List<Population> populations;
    final List<Establishment> establishments;
    final List<Record> records;
    final List<Objective> objectives;

    private LegacyDataset(Map<String, Territory> territories, List<Population> populations,
            List<Establishment> establishments, List<Record> records, List<Objective> objectives) {
        this.territories = territories;
        this.populations = populations;
        this.establishments = establishments;
        this.records = records;
        this.objectives = objectives;
    }

    /** The dataset of an installation at this schema version (each version its own seed and size). */
    static LegacyDataset of(int version) {
        Random random = new Random(20_160_101L + version);
        Map<String, Territory> territories = new LinkedHashMap<>();
        List<Population> populations = new ArrayList<>();
        readReferenceFile(territories, populations);
        populations.addAll(List.of(
                new Population("R11", 2018, 12_200_000, "ARS Île-de-France"),
                new Population("R11", 2022, 12_310_000, "ARS Île-de-France"),
                new Population("94", 2017, 1_390_000, "INSEE, populations légales 2017"),
                new Population("75", 2019, 2_180_000, "INSEE, populations légales 2019"),
                new Population("29", 2016, 905_000, "INSEE, populations légales 2016"),
                new Population("R53", 2020, 3_350_000, "ARS Bretagne"),
                new Population(NATION, 2021, 67_500_000, "INSEE, estimation 2021")));

        List<Establishment> establishments = new ArrayList<>();
        Map<String, List<String>> finessByDepartement = new LinkedHashMap<>();
        int serial = 1;
        for (String departement : DEPARTEMENTS) {
            for (int i = 0; i < 3; i++) {
                String finess = finess(departement, serial++);
                establishments.add(new Establishment(finess, "Établissement " + i + " du " + departement,
                        CATEGORIES.get(random.nextInt(CATEGORIES.size())), departement));
                finessByDepartement.computeIfAbsent(departement, d -> new ArrayList<>()).add(finess);
            }
        }

        // Busy days get several records each, across départements and sources, as real pushes do.
        List<LocalDate> busyDays = new ArrayList<>();
        int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        for (int i = 0; i < 80; i++) {
            busyDays.add(FIRST_DAY.plusDays(random.nextInt(span)));
        }
        int wanted = 1_800 + 150 * version;
        List<Record> records = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long id = 1;
        while (records.size() < wanted) {
            LocalDate date = random.nextBoolean() ? busyDays.get(random.nextInt(busyDays.size()))
                    : FIRST_DAY.plusDays(random.nextInt(span));
            String departement = DEPARTEMENTS.get(random.nextInt(DEPARTEMENTS.size()));
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            List<String> local = finessByDepartement.get(departement);
            String finess = null;
            String practitionerType = null;
            if (channel.equals("ESTABLISHMENT")) {
                finess = local.get(random.nextInt(local.size()));
            } else if (channel.equals("PRACTITIONER")) {
                practitionerType = PRACTITIONER_TYPES.get(random.nextInt(PRACTITIONER_TYPES.size()));
                finess = random.nextInt(3) == 0 ? local.get(random.nextInt(local.size())) : null;
            }
            long created = random.nextInt(8) == 0 ? 0 : random.nextInt(400);
            long alimented = random.nextInt(6) == 0 ? 0 : (long) (created * random.nextDouble());
            Record record = new Record(id, date, departement, channel, finess, practitionerType, created, alimented,
                    random.nextInt(30) == 0);
            if (keys.add(record.naturalKey())) {
                records.add(record);
                // A restart throws away the rest of the block of 50 ids Hibernate had drawn.
                id = random.nextInt(200) == 0 ? (id / 50 + 1) * 50 + 1 : id + 1;
            }
        }

        List<Objective> objectives = List.of(
                new Objective(1, NATION, "DMP_CREATED", LocalDate.of(2018, 1, 1), List.of(
                        new Revision(1, 40_000_000, LocalDate.of(2022, 12, 31), "40 millions de DMP", null, null))),
                new Objective(2, "R11", "COVERAGE_RATE", LocalDate.of(2019, 1, 1), List.of(
                        new Revision(1, 0.3, LocalDate.of(2021, 12, 31), "30 % des Franciliens", null, null),
                        new Revision(2, 0.25, LocalDate.of(2022, 6, 30), "25 % des Franciliens",
                                "Crise sanitaire", LocalDate.of(2020, 4, 1)))),
                new Objective(51, "94", "ALIMENTATION_SHARE", LocalDate.of(2020, 1, 1), List.of(
                        new Revision(1, 0.5, LocalDate.of(2023, 12, 31), "Un DMP sur deux alimenté", null, null))));
        return new LegacyDataset(Map.copyOf(territories), List.copyOf(populations), List.copyOf(establishments),
                List.copyOf(records), objectives);
    }

    /** The records still stored. */
    List<Record> kept() {
        return records.stream().filter(r -> !r.deleted()).toList();
    }

    String regionOf(String departement) {
        return territories.get(departement).parent();
    }

    /** The département, its region and the nation: the levels whose totals a record counts in. */
    List<String> levelsOf(String departement) {
        return List.of(departement, regionOf(departement), NATION);
    }

    /**
     * A FINESS number of this département: its prefix, a serial, and the Luhn key that makes the nine digits check,
     * except in Corsica where the letters leave it without one.
     */
    private static String finess(String departement, int serial) {
        if (departement.startsWith("2A") || departement.startsWith("2B")) {
            return departement + String.format("%07d", 3_000_000 + serial);
        }
        String body = departement.length() == 3 ? "97" + String.format("%02d", departement.charAt(2) - '0')
                + String.format("%04d", serial) : departement + String.format("%06d", 100_000 + serial);
        return FinessKeys.withKey(body);
    }

    /** The territories and INSEE figures every release's startup stored from the reference file. */
    private static void readReferenceFile(Map<String, Territory> territories, List<Population> populations) {
        territories.put(NATION, new Territory(NATION, "France", "NATION", null));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LegacyDataset.class.getClassLoader().getResourceAsStream("reference/departements.csv")),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.lines().skip(1).map(line -> line.split(",")).toList();
            for (String[] row : rows) {
                territories.putIfAbsent("R" + row[2], new Territory("R" + row[2], row[3], "REGION", NATION));
            }
            for (String[] row : rows) {
                territories.put(row[0], new Territory(row[0], row[1], "DEPARTEMENT", "R" + row[2]));
                populations.add(new Population(row[0], Integer.parseInt(row[5]), Long.parseLong(row[4]),
                        "INSEE, populations légales " + row[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
