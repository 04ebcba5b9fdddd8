package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.totals.TotalsReader.EstablishmentSums;
import fr.dmpindicators.totals.TotalsReader.PeriodSums;
import fr.dmpindicators.totals.TotalsReader.Range;
import fr.dmpindicators.totals.TotalsReader.SourceSums;
import fr.dmpindicators.totals.TotalsReader.SumsToDate;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The totals module on its own, on the database of the build: generated histories of writes go through the writer,
 * the records they leave are stored as the record pipeline stores them ({@link RecordRows}: a département's days are
 * read from its records), and every read answers what the changes themselves sum to ({@link ExpectedTotals}). Each
 * test starts from empty totals tables and no record in a transaction that is rolled back, so it neither sees nor
 * leaves anything of the other tests.
 */
@QuarkusTest
class TotalsTest {

    /** Whether the build, and so the test run, targets PostgreSQL rather than H2. */
    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));

    /** Territories as readers ask for them: the nation, regions, départements, several at once, one without data. */
    private static final List<List<String>> SCOPES = List.of(List.of("FR"), List.of("R11"), List.of("R84", "2A"),
            List.of("75"), List.of("92", "13", "971"), List.of("29"));

    /** Départements as the reads by establishment get them. */
    private static final List<List<String>> DEPARTEMENTS = List.of(List.of("75"), List.of("75", "92"),
            List.of("69", "01", "13", "2A", "971"), List.of("29"));

    /** Ranges of every class: from before the law, wholly before it, whole months and years, empty. */
    private static final List<List<LocalDate>> FIXED_RANGES = List.of(range("1990-01-01", "2030-12-31"),
            range("1990-01-01", "2005-01-01"), range("2000-01-01", "2004-08-12"), range("2004-08-13", "2004-08-31"),
            range("2005-01-01", "2019-12-31"), range("2021-06-01", "2021-06-30"), range("2016-02-01", "2016-02-29"),
            range("2019-12-31", "2020-01-01"), range("2020-01-02", "2019-12-30"), range("2004-08-14", "2004-08-13"));

    @Inject
    TotalsWriter writer;

    @Inject
    TotalsReader reader;

    @Inject
    EntityManager entityManager;

    @Inject
    TotalsDialect dialect;

    @Inject
    TotalsVersion version;

    @Inject
    DataSource dataSource;

    @Inject
    Instance<AgroalPoolInterceptor> interceptors;

    @Test
    void shouldSpeakTheDialectOfTheDatabaseTheBuildTargets() {
        assertTrue(POSTGRESQL ? dialect instanceof PostgresqlTotalsDialect : dialect instanceof H2TotalsDialect,
                dialect.getClass().getName());
    }

    /**
     * On PostgreSQL every pooled connection runs its queries without parallel workers (several connections held at
     * once, so that not only the first one is asked); on H2 each runs its views anew ({@link H2Sessions}).
     */
    @Test
    void shouldRunEveryPostgresqlConnectionWithoutParallelWorkers() throws SQLException {
        assertTrue(interceptors.isResolvable(), "a connection set-up on each database");
        assertTrue(POSTGRESQL ? interceptors.get() instanceof PostgresqlSessions
                : interceptors.get() instanceof H2Sessions, "the set-up of the database the build targets");
        if (!POSTGRESQL) {
            return;
        }
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SHOW max_parallel_workers_per_gather")) {
                    assertTrue(result.next());
                    assertEquals("0", result.getString(1), "connection " + i);
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @ParameterizedTest(name = "history drawn from seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    @TestTransaction
    void shouldReadWhatTheWrittenChangesSumTo(long seed) throws SQLException {
        startEmpty();
        ChangeHistory history = ChangeHistory.generate(seed);
        history.batches().forEach(writer::apply);
        RecordRows.store(dataSource, history.records());
        ExpectedTotals expected = new ExpectedTotals(history.changes());
        for (List<LocalDate> range : ranges(new Random(seed))) {
            for (List<String> scope : SCOPES) {
                compareTerritoryReads(expected, scope, range.get(0), range.get(1), "seed " + seed);
            }
            for (List<String> departements : DEPARTEMENTS) {
                compareEstablishmentReads(expected, departements, range.get(0), range.get(1), "seed " + seed);
            }
        }
    }

    @Test
    @TestTransaction
    void shouldReadNothingOnceTheOnlyRecordIsRemoved() throws SQLException {
        startEmpty();
        CountChange stored = new CountChange(LocalDate.of(2019, 12, 31), "2A", Channel.ESTABLISHMENT, null,
                "TT0000001", 12, 5, 1);
        writer.apply(List.of(stored));
        List<Long> ids = RecordRows.store(dataSource, List.of(stored));
        assertEquals(new Sums(12, 5, 1), reader.total(List.of("FR"), LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31)));
        assertEquals(new Sums(12, 5, 1), reader.total(List.of("2A"), stored.date(), stored.date()));
        writer.apply(List.of(new CountChange(stored.date(), "2A", stored.channel(), null, "TT0000001", -12, -5, -1)));
        RecordRows.remove(dataSource, ids);
        LocalDate from = LocalDate.of(2004, 1, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        assertEquals(Sums.NONE, reader.total(List.of("FR", "R94", "2A"), from, to));
        assertNull(reader.dataDay(List.of("2A"), from, to, false));
        assertNull(reader.dataDay(List.of("FR"), from, to, true));
        assertEquals(0, reader.establishmentsInvolved(List.of("2A"), from, to));
        assertEquals(Map.of(), withoutZeros(reader.byTerritory(List.of("FR", "R94"), from, to)));
    }

    /**
     * A write whose changes fall in more totals rows than one array holds on H2 (65 536 values): 30 000 changes on
     * distinct days, départements and sources open 73 926 rows by source (the days of the regions and the
     * nation, and every month and year; a département's days are its records), which the writer adds in several
     * statements, in lock order, and every read sums as it sums the changes.
     */
    @Test
    @TestTransaction
    void shouldAddMoreRowsThanOneArrayHolds() throws SQLException {
        startEmpty();
        List<CountChange> changes = new ArrayList<>();
        List<List<String>> departements = ChangeHistory.DEPARTEMENTS_AND_REGIONS;
        List<Channel> channels = List.of(Channel.CPAM, Channel.PATIENT, Channel.AUTOMATIC,
                Channel.UNKNOWN);
        for (int i = 0; i < 30_000; i++) {
            changes.add(new CountChange(LocalDate.of(2005, 1, 1).plusDays(i % 7_900),
                    departements.get(i % departements.size()).get(0), channels.get(i / 7_900), null, null,
                    1 + i % 97, i % 5, 1));
        }
        writer.apply(changes);
        RecordRows.store(dataSource, changes);
        assertEquals(73_926, count("SELECT COUNT(*) FROM dmp_total"), "rows by source");
        ExpectedTotals expected = new ExpectedTotals(changes);
        for (List<LocalDate> range : List.of(range("1990-01-01", "2030-12-31"), range("2012-03-17", "2014-11-02"))) {
            for (List<String> scope : SCOPES) {
                compareTerritoryReads(expected, scope, range.get(0), range.get(1), "20 000 changes");
            }
        }
    }

    /**
     * The writer keeps no daily row of a département, by source or for all sources: those are its records. It keeps
     * the daily rows of its region and the nation, and its own months and years.
     */
    @Test
    @TestTransaction
    void shouldNeverWriteTheDailyRowsOfADepartement() {
        startEmpty();
        ChangeHistory history = ChangeHistory.generate(3);
        history.batches().forEach(writer::apply);
        String departements = ChangeHistory.DEPARTEMENTS_AND_REGIONS.stream().map(pair -> "'" + pair.get(0) + "'")
                .collect(Collectors.joining(", "));
        for (String table : List.of("dmp_total", "dmp_total_all_sources")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE granularity = 'D' AND territory_code IN ("
                    + departements + ")"), "daily rows of départements in " + table);
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " x JOIN territory r ON r.code = x.territory_code"
                    + " WHERE x.granularity = 'D' AND r.territory_level = 'DEPARTEMENT'"), "in " + table);
            assertTrue(count("SELECT COUNT(*) FROM " + table + " WHERE granularity = 'D' AND territory_code = 'FR'")
                    > 0, "the nation's days in " + table);
            assertTrue(count("SELECT COUNT(*) FROM " + table + " WHERE granularity = 'D' AND territory_code LIKE 'R%'")
                    > 0, "the regions' days in " + table);
            for (String granularity : List.of("M", "Y")) {
                assertTrue(count("SELECT COUNT(*) FROM " + table + " WHERE granularity = '" + granularity
                        + "' AND territory_code IN (" + departements + ")") > 0,
                        "départements' rows " + granularity + " in " + table);
            }
        }
    }

    /**
     * The day views answer, for a département and a day, the sums of its records: by channel and practitioner type
     * (none stored under ''), whatever the FINESS, and all together; the reads by source and in total say the same.
     */
    @Test
    @TestTransaction
    void shouldAnswerTheDaysOfADepartementAsTheSumsOfItsRecords() throws SQLException {
        startEmpty();
        LocalDate day = LocalDate.of(2021, 6, 14);
        List<CountChange> records = List.of(
                new CountChange(day, "75", Channel.PRACTITIONER, PractitionerType.NURSE, "TT0000001", 10, 4, 1),
                new CountChange(day, "75", Channel.PRACTITIONER, PractitionerType.NURSE, "TT0000002", 7, 7, 1),
                new CountChange(day, "75", Channel.PRACTITIONER, PractitionerType.NURSE, null, 0, 0, 1),
                new CountChange(day, "75", Channel.PRACTITIONER, PractitionerType.GENERAL_PRACTITIONER, "TT0000001",
                        3, 1, 1),
                new CountChange(day, "75", Channel.PRACTITIONER, null, "TT0000003", 5, 2, 1),
                new CountChange(day, "75", Channel.ESTABLISHMENT, null, "TT0000001", 20, 11, 1),
                new CountChange(day, "75", Channel.ESTABLISHMENT, null, "TT0000004", 6, 0, 1),
                new CountChange(day, "75", Channel.CPAM, null, null, 9, 3, 1),
                new CountChange(day.plusDays(1), "75", Channel.CPAM, null, null, 100, 50, 1),
                new CountChange(day, "92", Channel.CPAM, null, null, 1000, 500, 1));
        writer.apply(records);
        RecordRows.store(dataSource, records);
        Map<String, Sums> bySource = new TreeMap<>();
        Sums total = Sums.NONE;
        for (CountChange record : records) {
            if (record.date().equals(day) && record.departement().equals("75")) {
                bySource.merge(record.channel() + "|" + (record.practitionerType() == null ? ""
                        : record.practitionerType().name()), record.sums(), Sums::plus);
                total = total.plus(record.sums());
            }
        }
        assertEquals(Map.of("CPAM|", new Sums(9, 3, 1), "ESTABLISHMENT|", new Sums(26, 11, 2), "PRACTITIONER|",
                new Sums(5, 2, 1), "PRACTITIONER|NURSE", new Sums(17, 11, 3), "PRACTITIONER|GENERAL_PRACTITIONER",
                new Sums(3, 1, 1)), bySource, "the records' sums, by hand");
        Map<String, Sums> viewed = new TreeMap<>();
        for (Object[] row : rows("SELECT channel, practitioner_type, created, alimented, records, granularity"
                + " FROM dmp_total_day WHERE territory_code = '75' AND granularity = 'D' AND period_start = ?1", day)) {
            assertEquals("D", String.valueOf(row[5]).trim());
            assertNull(viewed.put(row[0] + "|" + row[1], sums(row, 2)), "two rows for " + row[0] + "|" + row[1]);
        }
        assertEquals(bySource, viewed, "dmp_total_day");
        List<Object[]> all = rows("SELECT created, alimented, records FROM dmp_total_all_sources_day"
                + " WHERE territory_code = '75' AND granularity = 'D' AND period_start = ?1", day);
        assertEquals(1, all.size(), "one row for the day");
        assertEquals(total, sums(all.get(0), 0), "dmp_total_all_sources_day");
        assertEquals(total, reader.total(List.of("75"), day, day), "read in total");
        Map<String, Sums> read = new TreeMap<>();
        for (SourceSums source : reader.bySource(List.of("75"), day, day)) {
            assertNull(read.put(source.channel() + "|" + (source.practitionerType() == null ? ""
                    : source.practitionerType().name()), source.sums()), "read twice: " + source);
        }
        assertEquals(bySource, read, "read by source");
        assertEquals(total.plus(new Sums(1000, 500, 1)), reader.total(List.of("R11"), day, day),
                "the region's stored day");
    }

    private void compareTerritoryReads(ExpectedTotals expected, List<String> scope, LocalDate from, LocalDate to,
            String history) {
        String read = history + ", " + scope + " from " + from + " to " + to;
        assertEquals(expected.total(scope, from, to), reader.total(scope, from, to), "total of " + read);
        assertEquals(expected.bySource(scope, from, to), keyed(reader.bySource(scope, from, to),
                source -> source.channel() + "/" + source.practitionerType(), SourceSums::sums),
                "by source of " + read);
        assertEquals(expected.byTerritory(scope, from, to), withoutZeros(reader.byTerritory(scope, from, to)),
                "by territory of " + read);
        assertEquals(expected.byPeriod(scope, from, to), sumsByStart(reader.byPeriod(scope, from, to)),
                "by period of " + read);
        assertEquals(expected.byDay(scope, from, to), sumsByStart(reader.byDay(scope, from, to)),
                "by day of " + read);
        assertEquals(expected.dataDay(scope, from, to, false), reader.dataDay(scope, from, to, false),
                "first data day of " + read);
        assertEquals(expected.dataDay(scope, from, to, true), reader.dataDay(scope, from, to, true),
                "last data day of " + read);
        assertEquals(new SumsToDate(expected.total(scope, from, to), expected.dataDay(scope, from, to, true)),
                reader.totalToDate(scope, from, to), "total to date of " + read);
        if (!from.isAfter(to)) {
            for (Channel channel : new Channel[] {null, Channel.PRACTITIONER}) {
                assertEquals(expected.dataDays(scope, channel, from, to, to), new TreeMap<>(reader.dataDays(scope,
                        channel, from, to, to)), "days with data of " + channel + " of " + read);
            }
        }
        LocalDate lastWeek = to.minusDays(6);
        assertEquals(List.of(expected.total(scope, lastWeek, to), expected.total(scope, from, to)),
                reader.totals(scope, List.of(new Range(lastWeek, to), new Range(from, to))),
                "totals of the last week and the whole range of " + read);
    }

    private void compareEstablishmentReads(ExpectedTotals expected, List<String> departements, LocalDate from,
            LocalDate to, String history) {
        String read = history + ", patients of " + departements + " from " + from + " to " + to;
        assertEquals(expected.byEstablishment(departements, from, to), keyed(reader.byEstablishment(departements,
                from, to), EstablishmentSums::finess, EstablishmentSums::sums), "by establishment of " + read);
        assertEquals(expected.establishmentsInvolved(departements, from, to),
                reader.establishmentsInvolved(departements, from, to), "establishments involved of " + read);
    }

    /**
     * Empty totals tables, and the test's establishments registered, until the transaction is rolled back: a change of
     * the totals, so the reads of the transaction neither take nor keep answers of the stored ones.
     */
    private void startEmpty() {
        version.changing();
        for (String table : List.of("dmp_total", "dmp_total_all_sources", "establishment_total", "dmp_creation")) {
            entityManager.createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        for (String finess : ChangeHistory.FINESS) {
            entityManager.createNativeQuery("INSERT INTO establishment (finess, name, category, territory_code)"
                    + " VALUES (?1, ?2, '101', '75')").setParameter(1, finess)
                    .setParameter(2, ExpectedTotals.nameOf(finess)).executeUpdate();
        }
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate day) {
        return entityManager.createNativeQuery(sql).setParameter(1, day).getResultList();
    }

    private static Sums sums(Object[] row, int first) {
        return new Sums(((Number) row[first]).longValue(), ((Number) row[first + 1]).longValue(),
                ((Number) row[first + 2]).longValue());
    }

    /** The fixed ranges, and ranges between days drawn around the data, some of them the wrong way round. */
    private static List<List<LocalDate>> ranges(Random random) {
        List<List<LocalDate>> ranges = new ArrayList<>(FIXED_RANGES);
        List<LocalDate> days = ChangeHistory.DAYS;
        for (int i = 0; i < 10; i++) {
            LocalDate a = days.get(random.nextInt(days.size())).plusDays(random.nextInt(3) - 1);
            LocalDate b = days.get(random.nextInt(days.size())).plusDays(random.nextInt(3) - 1);
            ranges.add(i % 5 == 0 || !a.isAfter(b) ? List.of(a, b) : List.of(b, a));
        }
        return ranges;
    }

    /** A list answer by key, failing on a key answered twice, without the entries of zero sums. */
    private static <T> Map<String, T> keyed(List<T> rows, Function<T, String> key, Function<T, Sums> sums) {
        return rows.stream().filter(row -> !sums.apply(row).equals(Sums.NONE))
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
                    throw new AssertionError("Answered twice: " + a + " and " + b);
                }, TreeMap::new));
    }

    private static Map<LocalDate, Sums> sumsByStart(List<PeriodSums> rows) {
        return withoutZeros(rows.stream().collect(Collectors.toMap(PeriodSums::start, PeriodSums::sums, (a, b) -> {
            throw new AssertionError("Period answered twice: " + a + " and " + b);
        }, TreeMap::new)));
    }

    private static <K> Map<K, Sums> withoutZeros(Map<K, Sums> sums) {
        Map<K, Sums> nonZero = new TreeMap<>(sums);
        nonZero.values().removeIf(Sums.NONE::equals);
        return nonZero;
    }

    private static List<LocalDate> range(String from, String to) {
        return List.of(LocalDate.parse(from), LocalDate.parse(to));
    }
}
