package fr.dmpindicators.migration;

import static fr.dmpindicators.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.TestTokens;
import fr.dmpindicators.migration.Expectations.Resolved;
import fr.dmpindicators.migration.Expectations.Sums;
import fr.dmpindicators.migration.LegacyDataset.Objective;
import fr.dmpindicators.migration.LegacyDataset.Record;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An upgrade with years of data in the database: the application has started on a database left by the release of
 * an earlier schema version ({@link UpgradeProfile}) and migrated it to the newest. Every total must equal the sum
 * of its records, and every indicator the value worked out from the records alone ({@link Expectations}); the
 * records, objectives and audit trail must be there unchanged, and writes must go on adding up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UpgradeWithData {

    private static final LocalDate LAW = LegacyDataset.DMP_LAW;
    private static final List<String> SCOPES = List.of(
            "FR", "R11", "94", "2A", "971", "94,22,80", "R11,75");

    /** (asOf, from) pairs: before, during and after the data, with and without a start. */
    private static final List<LocalDate[]> WINDOWS = List.of(
            window("2015-06-30", null), window("2019-06-30", null), window("2025-06-30", null),
            window("2021-02-28", "2018-03-15"), window("2024-12-31", "2016-01-01"));

    @Inject
    DataSource dataSource;

    private final LegacyDataset data = LegacyDataset.of(version());

    /** The schema version of the installation this class upgrades. */
    abstract int version();

    @BeforeAll
    static void readDecimalsAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /**
     * The versions of the project's migrations, in order: every one of them, whichever is the newest, SQL scripts and
     * the Java migrations of {@code db.migration} alike.
     */
    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/db/migration")))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.(sql|java)"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        }
    }

    @Test
    @Order(1)
    void migratesToTheNewestVersionFromTheOneTheDataWasWrittenAt() throws SQLException, IOException {
        // Flyway names its history table and columns in lower case, quoted, on H2 as on PostgreSQL.
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " failed");
                applied.add(rs.getString(1));
            }
        }
        assertEquals(migrationVersions(), applied);
        assertTrue(version() < 6);
    }

    @Test
    @Order(2)
    void keepsEveryRecordAsItWas() throws SQLException {
        Map<Long, Record> stored = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, record_date, territory_code, channel, finess,"
                        + " practitioner_type, created, alimented, natural_key FROM dmp_creation")) {
            while (rs.next()) {
                Record r = new Record(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), false);
                assertEquals(r.naturalKey(), rs.getString(9));
                stored.put(r.id(), r);
            }
        }
        Map<Long, Record> expected = new TreeMap<>();
        data.kept().forEach(r -> expected.put(r.id(), r));
        assertEquals(expected, stored);
    }

    @Test
    @Order(3)
    void everyTotalIsTheSumOfItsRecords() throws SQLException {
        assertTotals(new Expectations(data, data.kept()));
    }

    @Test
    @Order(4)
    void coverageAlimentationGrowthAndEstablishmentsAreThoseOfTheRecords() {
        Expectations expect = expectations();
        for (String codes : SCOPES) {
            List<String> scope = expect.scope(codes);
            for (LocalDate[] w : WINDOWS) {
                LocalDate asOf = w[0];
                LocalDate from = w[1];
                LocalDate start = from == null ? LAW : from;
                Sums sums = expect.sum(scope, start, asOf);
                String where = codes + " asOf " + asOf + " from " + from;
                Map<String, Object> query = parameters(codes, asOf, from);

                JsonPath coverage = read("coverage", query);
                Resolved population = expect.population(scope, asOf.getYear());
                assertEquals(sums.created(), coverage.getLong("numerator"), "coverage numerator " + where);
                assertEquals(population == null ? null : population.population(),
                        longOrNull(coverage.get("denominator")), "coverage denominator " + where);
                assertEquals(population == null ? null : (double) sums.created() / population.population(),
                        doubleOrNull(coverage.get("value")), "coverage " + where);
                assertEquals(population == null ? null : population.year(),
                        intOrNull(coverage.get("populationYear")), "population year " + where);
                assertEquals(string(expect.lastDay(scope, start, asOf)), coverage.get("lastDataDate"), where);

                JsonPath alimentation = read("alimentation", query);
                assertEquals(sums.alimented(), alimentation.getLong("numerator"), "alimented " + where);
                assertEquals(sums.created(), alimentation.getLong("denominator"), "created " + where);
                assertEquals(Expectations.quotient(sums.alimented(), sums.created()), doubleOrNull(alimentation.get("value")),
                        "alimentation " + where);

                JsonPath establishments = read("establishments", query);
                assertEquals(expect.establishmentsInvolved(scope, start, asOf),
                        establishments.getLong("numerator"), "establishments involved " + where);

                if (from != null) {
                    long before = expect.sum(scope, LAW, from.minusDays(1)).created();
                    long after = expect.sum(scope, LAW, asOf).created();
                    JsonPath growth = read("growth", Map.of("territory", codes, "from", from.toString(),
                            "to", asOf.toString(), "asOf", asOf.toString()));
                    assertEquals(after - before, growth.getLong("numerator"), "growth numerator " + where);
                    assertEquals(before, growth.getLong("denominator"), "growth denominator " + where);
                    assertEquals(Expectations.quotient(after - before, before), doubleOrNull(growth.get("value")),
                            "growth " + where);
                }
            }
        }
    }

    @Test
    @Order(5)
    void breakdownsAreThoseOfTheRecords() {
        Expectations expect = expectations();
        for (String codes : SCOPES) {
            List<String> scope = expect.scope(codes);
            for (LocalDate[] w : WINDOWS) {
                LocalDate start = w[1] == null ? LAW : w[1];
                String where = codes + " asOf " + w[0] + " from " + w[1];
                Map<String, Object> query = parameters(codes, w[0], w[1]);
                assertBreakdown("CHANNEL", query, expect.groupedBy(scope, start, w[0], Record::channel), false, where);
                assertBreakdown("PRACTITIONER_TYPE", query,
                        expect.groupedBy(scope, start, w[0], Record::practitionerType), false, where);
                assertBreakdown("ESTABLISHMENT", query, expect.groupedBy(scope, start, w[0], Record::finess), false,
                        where);
                List<String> parts = scope.size() == 1 && !expect.children(scope.get(0)).isEmpty()
                        ? expect.children(scope.get(0)) : scope;
                Map<String, Sums> byTerritory = new TreeMap<>();
                parts.forEach(part -> byTerritory.put(part, expect.sum(List.of(part), start, w[0])));
                assertBreakdown("TERRITORY", query, byTerritory, true, where);
            }
        }
    }

    @Test
    @Order(6)
    void rankingsAreThoseOfTheRecords() {
        Expectations expect = expectations();
        for (String metric : List.of("DMP_CREATED", "ALIMENTATION_SHARE", "COVERAGE_RATE")) {
            for (LocalDate[] w : WINDOWS) {
                assertRanking(expect, "FR", null, expect.children("FR"), metric, w);
                assertRanking(expect, "R11", null, expect.children("R11"), metric, w);
                assertRanking(expect, "FR", "DEPARTEMENT", expect.under("FR", "DEPARTEMENT"), metric, w);
            }
        }
    }

    @Test
    @Order(7)
    void timeSeriesAreThoseOfTheRecords() {
        Expectations expect = expectations();
        for (String codes : List.of("FR", "R11", "94,22,80", "2A")) {
            for (String interval : List.of("MONTH", "QUARTER", "YEAR")) {
                assertTimeSeries(expect, codes, interval, LocalDate.parse("2024-12-31"), null, null);
                assertTimeSeries(expect, codes, interval, LocalDate.parse("2023-08-20"),
                        LocalDate.parse("2017-02-11"), LocalDate.parse("2020-05-17"));
            }
            assertTimeSeries(expect, codes, "DAY", LocalDate.parse("2022-01-01"), LocalDate.parse("2019-11-20"),
                    LocalDate.parse("2020-02-10"));
        }
    }

    @Test
    @Order(8)
    void objectivesAndAuditTrailAreKept() {
        List<Objective> objectives = version() >= 3 ? data.objectives : List.of();
        assertEquals(objectives.size(), given().queryParam("size", 1000).when().get("/api/v1/objectives")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems"));
        for (Objective objective : objectives) {
            JsonPath read = given().when().get("/api/v1/objectives/{id}", objective.id()).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(objective.territory(), read.get("territory"));
            assertEquals(objective.metric(), read.get("metric"));
            assertEquals(objective.startDate().toString(), read.get("startDate"));
            assertEquals(objective.revisions().stream().map(r -> r.target()).toList(),
                    read.getList("revisions.targetValue"));
            assertEquals(objective.revisions().stream().map(r -> r.reason()).toList(),
                    read.getList("revisions.reason"));
        }
        int audited = version() >= 4 ? LegacySchema.audited(data).size() : 0;
        assertEquals(audited, given().queryParam("entity", "DMP_CREATION").when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems"));
    }

    /**
     * Writes after the upgrade: a push replacing a stored record's counts finds it by its stored natural key, a new
     * record gets an id above every id the earlier release handed out, and the totals still add up.
     */
    @Test
    @Order(9)
    void writesAfterTheUpgradeAddUp() throws SQLException {
        Record stored = data.kept().stream().filter(r -> r.departement().equals("94") && r.finess() != null)
                .findFirst().orElseThrow();
        Record replaced = stored.withCounts(stored.created() + 7, stored.alimented() + 3);
        LocalDate newDay = LocalDate.parse("2025-01-15");
        List<Map<String, Object>> body = List.of(json(replaced),
                Map.of("date", newDay.toString(), "territory", "94", "channel", "CPAM", "created", 41,
                        "alimented", 12));
        JsonPath summary = RestAssured.given().auth().oauth2(TestTokens.producer("R11"))
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, summary.getInt("created"), summary.prettify());
        assertEquals(1, summary.getInt("updated"), summary.prettify());

        long newId = given().queryParams(Map.of("territory", "94", "from", newDay.toString(), "to",
                newDay.toString())).when().get("/api/v1/dmp-creations").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        long highestLegacyId = data.records.stream().mapToLong(Record::id).max().orElseThrow();
        assertTrue(newId > highestLegacyId, "new id " + newId + " reuses an id up to " + highestLegacyId);
        // Its creation entry is the record's own row (V11): the entry's id is the record's, and no id of the trail,
        // the earlier release's entries included, names two entries.
        JsonPath creation = given().queryParams(Map.of("key", newDay + "|94|CPAM||")).when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATE"), creation.getList("items.action"));
        assertEquals(newId, creation.getLong("items[0].id"));
        assertEquals("{\"alimented\":12,\"created\":41}", creation.getString("items[0].after"));
        assertEquals(single("SELECT COUNT(*) FROM audit_trail"),
                single("SELECT COUNT(*) FROM (SELECT DISTINCT id FROM audit_trail) ids"));
        assertEquals(0L, single("SELECT COUNT(*) FROM audit_entry WHERE entity_key = '" + newDay + "|94|CPAM||'"));

        List<Record> now = new ArrayList<>(data.kept().stream().map(r -> r.id() == stored.id() ? replaced : r)
                .toList());
        now.add(new Record(newId, newDay, "94", "CPAM", null, null, 41, 12, false));
        Expectations expect = new Expectations(data, now);
        assertTotals(expect);
        Sums national = expect.sum(List.of("FR"), LAW, newDay);
        JsonPath alimentation = read("alimentation", parameters("FR", newDay, null));
        assertEquals(national.alimented(), alimentation.getLong("numerator"));
        assertEquals(national.created(), alimentation.getLong("denominator"));
    }

    // ---- checks ----------------------------------------------------------------------------------------------------

    private long single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Expectations expectations() {
        return new Expectations(data, data.kept());
    }

    /**
     * Every totals row as the records sum it: the months and years of the tables, and the days of their day views
     * (a département's summed from its records, those of its region and the nation stored), the tables holding no
     * day of a département since V10.
     */
    private void assertTotals(Expectations expect) throws SQLException {
        String bySource = "territory_code, granularity, period_start, channel, practitioner_type, created, alimented,"
                + " records";
        assertEquals(expect.territoryTotals(), nonZeroRows("SELECT " + bySource + " FROM dmp_total WHERE granularity"
                + " <> 'D' UNION ALL SELECT " + bySource + " FROM dmp_total_day", 5), "dmp_total");
        String allSources = "territory_code, granularity, period_start, created, alimented, records";
        assertEquals(expect.allSourcesTotals(), nonZeroRows("SELECT " + allSources + " FROM dmp_total_all_sources"
                + " WHERE granularity <> 'D' UNION ALL SELECT " + allSources + " FROM dmp_total_all_sources_day", 3),
                "dmp_total_all_sources");
        for (String table : List.of("dmp_total", "dmp_total_all_sources")) {
            assertEquals(Map.of(), nonZeroRows("SELECT x.territory_code, x.period_start, x.created, x.alimented,"
                    + " x.records + 1 FROM " + table + " x JOIN territory r ON r.code = x.territory_code"
                    + " WHERE x.granularity = 'D' AND r.territory_level = 'DEPARTEMENT'", 2),
                    "no day of a département stored in " + table);
        }
        assertEquals(expect.establishmentTotals(), nonZeroRows("SELECT finess, territory_code, granularity,"
                + " period_start, created, alimented, records FROM establishment_total", 4), "establishment_total");
    }

    /**
     * The rows of a totals table by key, leaving out rows at zero: a record pushed then deleted leaves its rows at
     * zero, in every release, and they add nothing to any sum.
     */
    private Map<String, Sums> nonZeroRows(String sql, int keyColumns) throws SQLException {
        Map<String, Sums> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= keyColumns; i++) {
                    Object part = rs.getObject(i);
                    key.add(part instanceof java.sql.Date date ? date.toLocalDate().toString()
                            : String.valueOf(part).trim());
                }
                Sums sums = new Sums(rs.getLong(keyColumns + 1), rs.getLong(keyColumns + 2),
                        rs.getLong(keyColumns + 3));
                assertFalse(sums.created() < 0 || sums.alimented() < 0 || sums.records() < 0, "negative " + key);
                if (!sums.isZero()) {
                    assertNull(rows.put(String.join("|", key), sums), "two rows for " + key);
                }
            }
        }
        return rows;
    }

    /**
     * A breakdown's items by key. Sources whose records were all deleted are listed with zeros, as without an
     * upgrade, so only items that count something are compared, unless every expected key must be listed.
     */
    private void assertBreakdown(String by, Map<String, Object> query, Map<String, Sums> expected,
            boolean everyKeyListed, String where) {
        Map<String, Object> parameters = new HashMap<>(query);
        parameters.put("by", by);
        parameters.put("to", query.get("asOf"));
        JsonPath breakdown = given().queryParams(parameters).when().get("/api/v1/indicators/breakdown").then()
                .statusCode(200).extract().jsonPath();
        Map<String, List<Long>> actual = new TreeMap<>();
        List<Map<String, Object>> items = breakdown.getList("items");
        for (Map<String, Object> item : items) {
            List<Long> counts = List.of(((Number) item.get("created")).longValue(),
                    ((Number) item.get("alimented")).longValue());
            if (everyKeyListed || counts.get(0) + counts.get(1) > 0) {
                actual.put((String) item.get("key"), counts);
            }
        }
        Map<String, List<Long>> wanted = new TreeMap<>();
        expected.forEach((key, sums) -> {
            if (everyKeyListed || sums.created() + sums.alimented() > 0) {
                wanted.put(key, List.of(sums.created(), sums.alimented()));
            }
        });
        assertEquals(wanted, actual, "breakdown by " + by + " " + where);
    }

    private void assertRanking(Expectations expect, String parent, String level, List<String> members, String metric,
            LocalDate[] w) {
        LocalDate asOf = w[0];
        LocalDate start = w[1] == null ? LAW : w[1];
        Map<String, Object> parameters = new HashMap<>(Map.of("parent", parent, "indicator", metric,
                "asOf", asOf.toString()));
        if (w[1] != null) {
            parameters.put("from", w[1].toString());
        }
        if (level != null) {
            parameters.put("level", level);
        }
        List<Map<String, Object>> items = given().queryParams(parameters).when().get("/api/v1/indicators/ranking")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, List<Object>> expected = new TreeMap<>();
        for (String member : members) {
            Sums sums = expect.sum(List.of(member), start, asOf);
            Resolved population = expect.population(List.of(member), asOf.getYear());
            List<Object> row = switch (metric) {
                case "DMP_CREATED" -> row(sums.created(), null, (double) sums.created());
                case "ALIMENTATION_SHARE" -> row(sums.alimented(), sums.created(),
                        Expectations.quotient(sums.alimented(), sums.created()));
                default -> row(sums.created(), population == null ? null : population.population(),
                        population == null ? null : Expectations.quotient(sums.created(), population.population()));
            };
            values.put(member, (Double) row.get(2));
            expected.put(member, row);
        }
        for (Map.Entry<String, List<Object>> e : expected.entrySet()) {
            Double value = values.get(e.getKey());
            e.getValue().add(value == null ? null
                    : 1 + (int) values.values().stream().filter(v -> v != null && v > value).count());
        }
        Map<String, List<Object>> actual = new TreeMap<>();
        for (Map<String, Object> item : items) {
            List<Object> row = row(((Number) item.get("numerator")).longValue(), longOrNull(item.get("denominator")),
                    doubleOrNull(item.get("value")));
            row.add(intOrNull(item.get("rank")));
            actual.put((String) item.get("territory"), row);
        }
        assertEquals(expected, actual, "ranking " + metric + " under " + parent + " " + level + " asOf " + asOf
                + " from " + w[1]);
    }

    private void assertTimeSeries(Expectations expect, String codes, String interval, LocalDate asOf,
            LocalDate from, LocalDate to) {
        List<String> scope = expect.scope(codes);
        LocalDate end = to == null || to.isAfter(asOf) ? asOf : to;
        LocalDate first = from != null ? from : expect.firstDay(scope, LAW, end);
        Map<String, Object> parameters = new HashMap<>(Map.of("territory", codes, "interval", interval,
                "asOf", asOf.toString()));
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        List<Map<String, Object>> items = given().queryParams(parameters).when().get("/api/v1/indicators/timeseries")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<List<Object>> expected = new ArrayList<>();
        for (LocalDate start = periodStart(interval, first); !start.isAfter(end); start = next(interval, start)) {
            LocalDate periodEnd = next(interval, start).minusDays(1);
            LocalDate cut = periodEnd.isAfter(end) ? end : periodEnd;
            Sums period = expect.sum(scope, start.isBefore(first) ? first : start, cut);
            Sums cumulative = expect.sum(scope, LAW, cut);
            Resolved population = expect.population(scope, cut.getYear());
            expected.add(List.of(label(interval, start), period.created(), period.alimented(), cumulative.created(),
                    cumulative.alimented(), String.valueOf(population == null ? null
                            : Expectations.quotient(cumulative.created(), population.population())),
                    String.valueOf(Expectations.quotient(cumulative.alimented(), cumulative.created()))));
        }
        List<List<Object>> actual = new ArrayList<>();
        for (Map<String, Object> item : items) {
            actual.add(List.of(item.get("period"), ((Number) item.get("created")).longValue(),
                    ((Number) item.get("alimented")).longValue(), ((Number) item.get("cumulativeCreated")).longValue(),
                    ((Number) item.get("cumulativeAlimented")).longValue(), String.valueOf(doubleOrNull(item.get("coverage"))),
                    String.valueOf(doubleOrNull(item.get("alimentationShare")))));
        }
        assertEquals(expected, actual, "time series " + interval + " of " + codes + " from " + from + " to " + to);
    }

    // ---- periods of a series, written out here rather than taken from the service's Interval ---------------------

    private static LocalDate periodStart(String interval, LocalDate day) {
        return switch (interval) {
            case "DAY" -> day;
            case "MONTH" -> day.withDayOfMonth(1);
            case "QUARTER" -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            default -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    private static LocalDate next(String interval, LocalDate start) {
        return switch (interval) {
            case "DAY" -> start.plusDays(1);
            case "MONTH" -> start.plusMonths(1);
            case "QUARTER" -> start.plusMonths(3);
            default -> start.plusYears(1);
        };
    }

    private static String label(String interval, LocalDate start) {
        return switch (interval) {
            case "DAY" -> start.toString();
            case "MONTH" -> start.toString().substring(0, 7);
            case "QUARTER" -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            default -> String.valueOf(start.getYear());
        };
    }

    // ---- small things ------------------------------------------------------------------------------------------

    private static JsonPath read(String indicator, Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/api/v1/indicators/" + indicator).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> parameters(String codes, LocalDate asOf, LocalDate from) {
        Map<String, Object> parameters = new HashMap<>(Map.of("territory", codes, "asOf", asOf.toString()));
        if (from != null) {
            parameters.put("from", from.toString());
        }
        return parameters;
    }

    private static Map<String, Object> json(Record r) {
        Map<String, Object> record = new HashMap<>(Map.of("date", r.date().toString(), "territory", r.departement(),
                "channel", r.channel(), "created", r.created(), "alimented", r.alimented()));
        if (r.finess() != null) {
            record.put("finess", r.finess());
        }
        if (r.practitionerType() != null) {
            record.put("practitionerType", r.practitionerType());
        }
        return record;
    }

    private static List<Object> row(long numerator, Long denominator, Double value) {
        List<Object> row = new ArrayList<>();
        row.add(numerator);
        row.add(denominator);
        row.add(value);
        return row;
    }

    private static LocalDate[] window(String asOf, String from) {
        return new LocalDate[] {LocalDate.parse(asOf), from == null ? null : LocalDate.parse(from)};
    }

    private static Long longOrNull(Object number) {
        return number == null ? null : ((Number) number).longValue();
    }

    private static Double doubleOrNull(Object number) {
        return number == null ? null : ((Number) number).doubleValue();
    }

    private static Integer intOrNull(Object number) {
        return number == null ? null : ((Number) number).intValue();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
