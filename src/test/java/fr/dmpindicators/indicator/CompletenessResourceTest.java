package fr.dmpindicators.indicator;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The completeness of the feeds over records each test pushes itself, in 2014, which no other test touches: gaps,
 * late territories, combined scopes, the channel filter, CSV, the dashboard card and bad parameters. The expected
 * figures are worked out here from the days pushed: days with data are those with a record, whatever its counts.
 * Only a territory's last data date can reach back before 2014, where other tests push records of their own
 * (an import test fills every département): where this test pushed nothing up to {@code asOf}, that date is the one
 * the service gives at the end of 2013, which no push of this test can change.
 */
@QuarkusTest
class CompletenessResourceTest {

    private static final int LATE_AFTER_DAYS = 7;

    @BeforeAll
    static void readDecimalsAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** The days pushed, by territory and channel. */
    private final Map<String, Set<LocalDate>> pushed = new HashMap<>();

    private void push(String territory, String channel, LocalDate... days) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (LocalDate day : days) {
            // a record of zero counts is data sent all the same
            long created = day.getDayOfMonth() % 3 == 0 ? 0 : day.getDayOfMonth();
            records.add(Map.of("date", day.toString(), "territory", territory, "channel", channel,
                    "created", created, "alimented", 0));
            pushed.computeIfAbsent(territory + "/" + channel, key -> new TreeSet<>()).add(day);
        }
        given().contentType(ContentType.JSON).body(records).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).body("rejected", is(0));
    }

    /** What the answer must say of these départements together, from the days pushed, computed apart. */
    private Map<String, Object> expected(List<String> departements, String channel, LocalDate from, LocalDate to,
            LocalDate asOf) {
        TreeSet<LocalDate> days = new TreeSet<>();
        pushed.forEach((key, pushedDays) -> {
            String[] parts = key.split("/");
            if (departements.contains(parts[0]) && (channel == null || channel.equals(parts[1]))) {
                days.addAll(pushedDays);
            }
        });
        long inRange = days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
        long length = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate last = days.floor(asOf);
        if (last == null) {
            last = departements.stream().map(code -> lastDataDateBefore2014(code, channel)).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }
        boolean recent = days.stream().anyMatch(d -> !d.isAfter(asOf) && d.isAfter(asOf.minusDays(LATE_AFTER_DAYS)));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("daysWithData", (int) inRange);
        item.put("daysMissing", (int) (length - inRange));
        item.put("rate", (double) inRange / length);
        item.put("lastDataDate", last == null ? null : last.toString());
        item.put("late", !recent);
        return item;
    }

    /** A département's last data date at the end of 2013: other tests' records, none of this test's. */
    private static LocalDate lastDataDateBefore2014(String departement, String channel) {
        LocalDate end = LocalDate.of(2013, 12, 31);
        String last = (String) items(departement, channel, end, end, end).get(0).get("lastDataDate");
        return last == null ? null : LocalDate.parse(last);
    }

    private static List<Map<String, Object>> items(String territory, String channel, LocalDate from, LocalDate to,
            LocalDate asOf) {
        Map<String, Object> query = new HashMap<>(Map.of("territory", territory, "from", from.toString(),
                "to", to.toString(), "asOf", asOf.toString()));
        if (channel != null) {
            query.put("channel", channel);
        }
        return given().queryParams(query).when().get("/api/v1/indicators/completeness")
                .then().statusCode(200).body("days", is((int) (to.toEpochDay() - from.toEpochDay() + 1)))
                .body("lateAfterDays", is(LATE_AFTER_DAYS)).extract().path("items");
    }

    /** The answer's items by territory, without their names, rates read as doubles. */
    private static Map<String, Map<String, Object>> byTerritory(List<Map<String, Object>> items) {
        Map<String, Map<String, Object>> answered = new TreeMap<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("daysWithData", item.get("daysWithData"));
            kept.put("daysMissing", item.get("daysMissing"));
            kept.put("rate", ((Number) item.get("rate")).doubleValue());
            kept.put("lastDataDate", item.get("lastDataDate"));
            kept.put("late", item.get("late"));
            answered.put((String) item.get("territory"), kept);
        }
        return answered;
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2014, month, dayOfMonth);
    }

    @Test
    void shouldCountDaysWithDataAndGapsForEachChildAndTellTheLateOnes() {
        // Normandie: Calvados every other day, Eure once early, Manche only after the range, Orne and Seine-Maritime
        // nothing; two records of one day count one day.
        push("14", "CPAM", day(3, 1), day(3, 3), day(3, 5), day(3, 7), day(3, 9));
        push("14", "PATIENT", day(3, 9));
        push("27", "CPAM", day(3, 2));
        push("50", "CPAM", day(3, 15));
        LocalDate from = day(3, 1);
        LocalDate to = day(3, 10);
        List<String> normandie = List.of("14", "27", "50", "61", "76");
        for (LocalDate asOf : List.of(to, day(3, 12), day(3, 17), day(3, 31))) {
            Map<String, Map<String, Object>> expected = new TreeMap<>();
            for (String code : normandie) {
                expected.put(code, expected(List.of(code), null, from, to, asOf));
            }
            assertEquals(expected, byTerritory(items("R28", null, from, to, asOf)), "as of " + asOf);
        }
        // the late ones, by hand: on 03-12 Calvados (last 03-09) is on time, Eure (03-02) late
        Map<String, Map<String, Object>> onTheTwelfth = byTerritory(items("R28", null, from, to, day(3, 12)));
        assertEquals(List.of(false, true, true, true, true), normandie.stream()
                .map(code -> onTheTwelfth.get(code).get("late")).toList());
        assertEquals(0.5, onTheTwelfth.get("14").get("rate"));
    }

    @Test
    void shouldAnswerEachMemberOfACombinedScopeARegionCountingADayOfAnyOfItsDepartements() {
        push("2A", "CPAM", day(4, 1), day(4, 2));
        push("2B", "CPAM", day(4, 2), day(4, 4));
        push("22", "CPAM", day(4, 3));
        LocalDate from = day(4, 1);
        LocalDate to = day(4, 6);
        List<Map<String, Object>> items = items("22,R94,2A", null, from, to, to);
        assertEquals(List.of("22", "R94"), items.stream().map(item -> item.get("territory")).toList());
        Map<String, Map<String, Object>> expected = new TreeMap<>();
        expected.put("22", expected(List.of("22"), null, from, to, to));
        expected.put("R94", expected(List.of("2A", "2B"), null, from, to, to));
        assertEquals(expected, byTerritory(items));
        assertEquals(3, expected.get("R94").get("daysWithData"));
        Map<String, Map<String, Object>> corse = byTerritory(items("R94", null, from, to, to));
        assertEquals(Map.of("2A", expected(List.of("2A"), null, from, to, to),
                "2B", expected(List.of("2B"), null, from, to, to)), corse);
    }

    @Test
    void shouldCountOnlyTheChannelAskedForAndTellItsOwnLateness() {
        push("29", "CPAM", day(5, 1), day(5, 2), day(5, 3));
        push("29", "PATIENT", day(5, 6), day(5, 9));
        LocalDate from = day(5, 1);
        LocalDate to = day(5, 10);
        for (String channel : new String[] {null, "CPAM", "PATIENT", "AUTOMATIC"}) {
            Map<String, Map<String, Object>> answered = byTerritory(items("29", channel, from, to, to));
            assertEquals(Map.of("29", expected(List.of("29"), channel, from, to, to)), answered, "channel " + channel);
        }
        assertEquals(true, byTerritory(items("29", "CPAM", from, to, to)).get("29").get("late"));
        assertEquals(false, byTerritory(items("29", null, from, to, to)).get("29").get("late"));
    }

    @Test
    void shouldAnswerCsvWithAHeaderAndARowPerTerritory() {
        push("35", "CPAM", day(6, 1), day(6, 2));
        push("56", "CPAM", day(5, 20));
        String csv = given().accept("text/csv").queryParam("territory", "35,56").queryParam("from", "2014-06-01")
                .queryParam("to", "2014-06-04").queryParam("asOf", "2014-06-04")
                .when().get("/api/v1/indicators/completeness").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals(List.of("territory,name,daysWithData,daysMissing,rate,lastDataDate,late",
                "35,Ille-et-Vilaine,2,2,0.5,2014-06-02,false",
                "56,Morbihan,0,4,0.0,2014-05-20,true"), csv.lines().toList());
    }

    @Test
    void shouldShowTheTerritorysOwnFeedOnItsDashboardCard() {
        push("44", "CPAM", day(7, 1), day(7, 10), day(7, 20));
        LocalDate asOf = day(7, 25);
        Map<String, Object> expected = expected(List.of("44"), null, asOf.minusDays(29), asOf, asOf);
        given().queryParam("asOf", asOf.toString()).when().get("/api/v1/territories/44/dashboard").then()
                .statusCode(200).body("completeness.territory", is("44"))
                .body("completeness.daysWithData", is(expected.get("daysWithData")))
                .body("completeness.daysMissing", is(expected.get("daysMissing")))
                .body("completeness.lastDataDate", is(expected.get("lastDataDate")))
                .body("completeness.late", is(expected.get("late")));
        given().queryParam("asOf", day(7, 31).toString()).when().get("/api/v1/territories/44/dashboard").then()
                .statusCode(200).body("completeness.late", is(true))
                .body("completeness.lastDataDate", is("2014-07-20"));
    }

    @Test
    void shouldStartWithoutFromAtTheScopesFirstDayWithData() {
        push("85", "CPAM", day(8, 5), day(8, 9));
        Map<String, Object> answer = given().queryParam("territory", "85").queryParam("asOf", "2014-08-10")
                .when().get("/api/v1/indicators/completeness").then().statusCode(200)
                .body("to", is("2014-08-10")).extract().as(Map.class);
        LocalDate from = LocalDate.parse((String) answer.get("from"));
        assertEquals(true, !from.isAfter(day(8, 5)), "from " + from);
        assertEquals((int) (day(8, 10).toEpochDay() - from.toEpochDay() + 1), answer.get("days"));
    }

    @Test
    void shouldBeInTheCatalogueWithItsEndpoint() {
        given().when().get("/api/v1/indicators").then().statusCode(200)
                .body("find { it.code == 'COMPLETENESS' }.endpoint", is("/api/v1/indicators/completeness"))
                .body("find { it.code == 'COMPLETENESS' }.unit", is("RATIO"));
    }

    @Test
    void shouldCountNoDayBeforeTheDmpLaw() {
        Map<String, Object> item = given().queryParam("territory", "976").queryParam("from", "2004-01-01")
                .queryParam("to", "2004-08-22").queryParam("asOf", "2004-08-22")
                .when().get("/api/v1/indicators/completeness").then()
                .statusCode(200).body("from", is("2004-08-13")).body("days", is(10))
                .body("items[0].territory", is("976")).extract().path("items[0]");
        assertEquals(10, (Integer) item.get("daysWithData") + (Integer) item.get("daysMissing"));
    }

    @Test
    void shouldRefuseBadParametersWithAProblemNamingThem() {
        Map<String, Map<String, String>> bad = new LinkedHashMap<>();
        bad.put("territory", Map.of("territory", "99"));
        bad.put("channel", Map.of("channel", "FAX"));
        bad.put("from", Map.of("from", "2014-03-10", "to", "2014-03-01", "asOf", "2014-03-31"));
        bad.put("asOf", Map.of("asOf", "31/03/2014"));
        bad.put("to", Map.of("to", "2014-02-30"));
        bad.put("lateAfter", Map.of("lateAfter", "3"));
        bad.forEach((field, query) -> given().queryParams(query).when().get("/api/v1/indicators/completeness")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field)));
    }
}
