package fr.dmpindicators.indicator;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Indicators over records each test pushes itself. Tests share one database, so each works on territories and
 * years (2005–2008) that no other test touches; expected values are computed here from what was pushed.
 */
@QuarkusTest
class IndicatorResourceTest {

    private static final double EXACT = 1e-12;

    @BeforeAll
    static void readDecimalsAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static void push(String date, String territory, String channel, String finess, String practitionerType,
            long created, long alimented) {
        Map<String, Object> record = new HashMap<>();
        record.put("date", date);
        record.put("territory", territory);
        record.put("channel", channel);
        record.put("created", created);
        record.put("alimented", alimented);
        if (finess != null) {
            record.put("finess", finess);
        }
        if (practitionerType != null) {
            record.put("practitionerType", practitionerType);
        }
        given().contentType(ContentType.JSON).body(List.of(record))
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).body("rejected", is(0));
    }

    private static void cpam(String date, String territory, long created, long alimented) {
        push(date, territory, "CPAM", null, null, created, alimented);
    }

    private static void population(String territory, int year, long population) {
        given().contentType(ContentType.JSON).body(Map.of("population", population, "source", "test"))
                .when().put("/api/v1/territories/{code}/populations/{year}", territory, year)
                .then().statusCode(anyOf(is(200), is(201)));
    }

    private static ValidatableResponse read(String indicator, Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/api/v1/indicators/" + indicator).then();
    }

    @Test
    void shouldShowAPushInTheVeryNextRead() {
        cpam("2005-02-10", "48", 100, 10);
        read("coverage", Map.of("territory", "48", "asOf", "2005-02-28")).statusCode(200)
                .body("numerator", is(100)).body("lastDataDate", is("2005-02-10"));
        cpam("2005-02-11", "48", 20, 0);
        read("coverage", Map.of("territory", "48", "asOf", "2005-02-28"))
                .body("numerator", is(120)).body("lastDataDate", is("2005-02-11"));
        cpam("2005-02-11", "48", 25, 0);
        read("coverage", Map.of("territory", "48", "asOf", "2005-02-28")).body("numerator", is(125));
        int id = given().queryParam("territory", "48").queryParam("from", "2005-02-11").queryParam("to", "2005-02-11")
                .when().get("/api/v1/dmp-creations").then().extract().path("items[0].id");
        given().when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204);
        read("coverage", Map.of("territory", "48", "asOf", "2005-02-28"))
                .body("numerator", is(100)).body("lastDataDate", is("2005-02-10"));
    }

    @Test
    void shouldDivideByTheReferencePopulationOfTheYearAndSayWhyWhenThereIsNone() {
        population("23", 2005, 120_000);
        population("23", 2007, 100_000);
        cpam("2005-03-01", "23", 600, 60);
        read("coverage", Map.of("territory", "23", "asOf", "2006-12-31"))
                .body("numerator", is(600)).body("denominator", is(120_000)).body("populationYear", is(2005))
                .body("value", closeTo(600.0 / 120_000, EXACT)).body("unit", is("RATIO"))
                .body("scope.territories[0].name", is("Creuse"));
        read("coverage", Map.of("territory", "23", "asOf", "2007-01-01"))
                .body("denominator", is(100_000)).body("value", closeTo(600.0 / 100_000, EXACT));
        read("coverage", Map.of("territory", "23", "asOf", "2005-02-28"))
                .body("numerator", is(0)).body("value", closeTo(0, EXACT)).body("lastDataDate", nullValue());
        read("coverage", Map.of("territory", "23", "asOf", "2004-12-31"))
                .body("value", nullValue())
                .body("reason", is("no reference population for 2004 or earlier for 23"));
    }

    @Test
    void shouldRollRegionsUpUnlessTheyHaveTheirOwnPopulation() {
        population("2A", 2006, 150_000);
        population("2B", 2006, 170_000);
        cpam("2006-03-01", "2A", 300, 30);
        cpam("2006-03-02", "2B", 340, 34);
        Map<String, String> region = Map.of("territory", "R94", "asOf", "2006-12-31");
        read("coverage", region).body("numerator", is(640)).body("denominator", is(320_000))
                .body("value", closeTo(640.0 / 320_000, EXACT));
        read("coverage", Map.of("territory", "2A,2B", "asOf", "2006-12-31"))
                .body("numerator", is(640)).body("denominator", is(320_000)).body("scope.codes", contains("2A", "2B"));
        read("coverage", Map.of("territory", "R94,2A", "asOf", "2006-12-31"))
                .body("numerator", is(640)).body("scope.codes", contains("R94"));
        population("R94", 2006, 400_000);
        read("coverage", region).body("denominator", is(400_000)).body("value", closeTo(640.0 / 400_000, EXACT));
    }

    @Test
    void shouldCountOnlyWhatWasCreatedFromTheStartDate() {
        population("90", 2005, 50_000);
        cpam("2005-01-10", "90", 1000, 100);
        cpam("2005-06-10", "90", 250, 25);
        read("coverage", Map.of("territory", "90", "asOf", "2005-12-31", "from", "2005-06-01"))
                .body("numerator", is(250)).body("from", is("2005-06-01")).body("to", is("2005-12-31"))
                .body("value", closeTo(250.0 / 50_000, EXACT));
        read("coverage", Map.of("territory", "90", "asOf", "2005-12-31"))
                .body("numerator", is(1250)).body("value", closeTo(1250.0 / 50_000, EXACT));
    }

    @Test
    void shouldComputeTheAlimentationShareAndGiveNoneWithoutCreations() {
        cpam("2005-04-01", "39", 200, 50);
        push("2005-04-02", "39", "PATIENT", null, null, 0, 30);
        read("alimentation", Map.of("territory", "39", "asOf", "2005-12-31"))
                .body("numerator", is(80)).body("denominator", is(200)).body("value", closeTo(0.4, EXACT))
                .body("indicator", is("ALIMENTATION_SHARE"));
        read("alimentation", Map.of("territory", "39", "asOf", "2005-03-31"))
                .body("value", nullValue()).body("reason", is("no DMP created in the scope and period"));
    }

    @Test
    void shouldMeasureGrowthAgainstTheStockBeforeThePeriod() {
        cpam("2006-01-10", "09", 100, 0);
        cpam("2006-02-10", "09", 50, 0);
        read("growth", Map.of("territory", "09", "from", "2006-02-01", "to", "2006-02-28", "asOf", "2006-12-31"))
                .body("numerator", is(50)).body("denominator", is(100)).body("value", closeTo(0.5, EXACT));
        read("growth", Map.of("territory", "09", "from", "2006-01-01", "asOf", "2006-12-31"))
                .body("value", nullValue()).body("reason", is("no DMP created before 2006-01-01"));
        read("growth", Map.of("territory", "09")).statusCode(400);
    }

    @Test
    void shouldBreakCountsDownWithTheirShares() {
        cpam("2007-05-02", "971", 60, 6);
        push("2007-05-02", "971", "PRACTITIONER", null, "PHARMACIST", 30, 3);
        push("2007-05-03", "971", "PRACTITIONER", null, "NURSE", 10, 1);
        Map<String, String> may = Map.of("territory", "971", "from", "2007-05-01", "to", "2007-05-31",
                "asOf", "2007-12-31");
        Map<String, String> byChannel = new HashMap<>(may);
        byChannel.put("by", "CHANNEL");
        read("breakdown", byChannel).statusCode(200)
                .body("created", is(100)).body("alimented", is(10))
                .body("items.key", contains("CPAM", "PRACTITIONER"))
                .body("items[0].createdShare", closeTo(0.6, EXACT))
                .body("items[1].created", is(40)).body("items[1].alimentedShare", closeTo(0.4, EXACT));
        Map<String, String> byType = new HashMap<>(may);
        byType.put("by", "PRACTITIONER_TYPE");
        read("breakdown", byType)
                .body("items.key", contains("PHARMACIST", "NURSE"))
                .body("items[0].createdShare", closeTo(0.75, EXACT)).body("items[0].label", is("Pharmacist"));
        given().queryParams(byType).accept("text/csv").when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(startsWith("key,label,created,alimented,createdShare,alimentedShare\nPHARMACIST,Pharmacist,30,3,"));
    }

    /** A table with no row is still a table: its header row, so that a spreadsheet opens it with its columns. */
    @Test
    void shouldAnswerAnEmptyTableAsItsHeaderRow() {
        given().queryParams(Map.of("by", "CHANNEL", "territory", "48", "from", "2004-08-13", "to", "2004-08-13"))
                .accept("text/csv").when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(is("key,label,created,alimented,createdShare,alimentedShare\n"));
    }

    @Test
    void shouldBreakDownByEstablishmentAndCountThoseInvolved() {
        given().contentType(ContentType.JSON).body(Map.of("name", "CH de Fleyriat", "category", "355", "territory", "01"))
                .when().put("/api/v1/establishments/010000024").then().statusCode(anyOf(
                        is(200), is(201)));
        given().contentType(ContentType.JSON).body(Map.of("name", "Pharmacie", "category", "620", "territory", "01"))
                .when().put("/api/v1/establishments/010002301").then().statusCode(anyOf(
                        is(200), is(201)));
        push("2008-03-03", "01", "ESTABLISHMENT", "010000024", null, 12, 12);
        push("2008-03-04", "01", "PRACTITIONER", "010002301", "PHARMACIST", 0, 0);
        Map<String, String> march = Map.of("territory", "01", "from", "2008-03-01", "to", "2008-03-31",
                "asOf", "2008-12-31");
        read("establishments", march).body("numerator", is(1)).body("value", closeTo(1, EXACT))
                .body("unit", is("COUNT"));
        push("2008-03-05", "01", "PRACTITIONER", "010002301", "PHARMACIST", 2, 0);
        read("establishments", march).body("numerator", is(2));
        Map<String, String> byEstablishment = new HashMap<>(march);
        byEstablishment.put("by", "ESTABLISHMENT");
        read("breakdown", byEstablishment)
                .body("items.key", contains("010000024", "010002301"))
                .body("items[0].createdShare", closeTo(12.0 / 14, EXACT));
    }

    @Test
    void shouldRankChildrenWithSharedRanksAndEmptyOnesLast() {
        cpam("2008-07-01", "2A", 50, 5);
        cpam("2008-07-01", "2B", 50, 5);
        read("ranking", Map.of("parent", "R94", "indicator", "DMP_CREATED", "asOf", "2008-07-31",
                "from", "2008-07-01")).statusCode(200)
                .body("items.rank", contains(1, 1)).body("items.numerator", contains(50, 50));
        cpam("2008-07-02", "2B", 1, 0);
        read("ranking", Map.of("parent", "R94", "indicator", "DMP_CREATED", "asOf", "2008-07-31",
                "from", "2008-07-01"))
                .body("items.territory", contains("2B", "2A")).body("items.rank", contains(1, 2));
        given().queryParams(Map.of("parent", "R94", "indicator", "DMP_CREATED", "asOf", "2008-07-31",
                "from", "2008-07-01")).accept("text/csv").when().get("/api/v1/indicators/ranking")
                .then().statusCode(200)
                .body(is("rank,territory,name,numerator,denominator,value\n1,2B,Haute-Corse,51,,51.0\n"
                        + "2,2A,Corse-du-Sud,50,,50.0\n"));
        read("ranking", Map.of("parent", "FR", "asOf", "2004-12-31"))
                .body("items.size()", is(18)).body("items.rank", everyItem(nullValue()));
    }

    @Test
    void shouldRankEveryTerritoryOfALevelUnderTheParent() {
        cpam("2008-08-01", "2B", 900_000, 0);
        cpam("2008-08-01", "976", 900_001, 0);
        Map<String, String> august = Map.of("parent", "FR", "level", "DEPARTEMENT", "indicator", "DMP_CREATED",
                "asOf", "2008-08-31", "from", "2008-08-01");
        read("ranking", august).statusCode(200).body("items.size()", is(101))
                .body("items[0].territory", is("976")).body("items[0].rank", is(1))
                .body("items[1].territory", is("2B")).body("items[1].rank", is(2))
                .body("items[2].rank", is(3)).body("items.rank", everyItem(notNullValue()));
        read("ranking", Map.of("parent", "R94", "level", "DEPARTEMENT")).body("items.territory",
                containsInAnyOrder("2A", "2B"));
        read("ranking", Map.of("parent", "R94", "level", "REGION")).statusCode(400)
                .body("errors[0].field", is("level"));
        read("ranking", Map.of("parent", "FR", "level", "CANTON")).statusCode(400);
    }

    @Test
    void shouldDivideEachPointOfASeriesByThePopulationOfItsYear() {
        population("65", 2006, 50_000);
        population("65", 2008, 40_000);
        for (int year = 2005; year <= 2008; year++) {
            cpam(year + "-06-01", "65", 100L * (year - 2004), 0);
        }
        read("timeseries", Map.of("territory", "65", "interval", "YEAR", "from", "2005-01-01", "to", "2008-12-31",
                "asOf", "2008-12-31")).statusCode(200)
                .body("items.period", contains("2005", "2006", "2007", "2008"))
                .body("items.cumulativeCreated", contains(100, 300, 600, 1000))
                // 2005 has no figure at or before it; 2007 takes 2006's; 2008 its own.
                .body("items.coverage", contains(nullValue(), closeTo(300.0 / 50_000, EXACT),
                        closeTo(600.0 / 50_000, EXACT), closeTo(1000.0 / 40_000, EXACT)));
    }

    @Test
    void shouldBuildTimeSeriesPerPeriodWithCumulativeValues() {
        cpam("2007-01-30", "974", 10, 1);
        cpam("2007-02-01", "974", 20, 2);
        cpam("2007-03-15", "974", 40, 4);
        Map<String, String> quarter = Map.of("territory", "974", "from", "2007-01-01", "to", "2007-03-31",
                "asOf", "2007-12-31");
        Map<String, String> monthly = new HashMap<>(quarter);
        monthly.put("interval", "MONTH");
        read("timeseries", monthly).statusCode(200)
                .body("items.period", contains("2007-01", "2007-02", "2007-03"))
                .body("items.created", contains(10, 20, 40))
                .body("items.cumulativeCreated", contains(10, 30, 70))
                .body("items.cumulativeAlimented", contains(1, 3, 7))
                .body("items.alimentationShare", contains(closeTo(0.1, EXACT), closeTo(0.1, EXACT),
                        closeTo(0.1, EXACT)));
        Map<String, String> weekly = new HashMap<>(quarter);
        weekly.put("interval", "WEEK");
        weekly.put("from", "2007-01-29");
        weekly.put("to", "2007-02-11");
        read("timeseries", weekly)
                .body("items.period", contains("2007-W05", "2007-W06"))
                .body("items.created", contains(30, 0)).body("items.cumulativeCreated", contains(30, 30));
        Map<String, String> quarterly = new HashMap<>(quarter);
        quarterly.put("interval", "QUARTER");
        quarterly.put("from", "2007-01-15");
        read("timeseries", quarterly)
                .body("items.period", contains("2007-Q1")).body("items[0].start", is("2007-01-15"))
                .body("items[0].created", is(70));
        Map<String, String> daily = new HashMap<>(quarter);
        daily.put("interval", "DAY");
        daily.put("from", "2007-01-30");
        daily.put("to", "2007-02-01");
        read("timeseries", daily).body("items.created", contains(10, 0, 20));
    }

    @Test
    void shouldNotChangeAPastAnswerWhenLaterDataArrives() {
        cpam("2006-05-01", "87", 10, 1);
        Map<String, String> past = Map.of("territory", "87", "asOf", "2006-05-31");
        String before = read("coverage", past).extract().asString();
        cpam("2006-06-01", "87", 99, 9);
        read("coverage", past).body(is(before));
    }

    @Test
    void shouldAssembleADashboardCard() {
        population("53", 2008, 200_000);
        cpam("2008-09-01", "53", 100, 10);
        cpam("2008-09-25", "53", 7, 1);
        cpam("2008-09-30", "53", 3, 0);
        given().queryParam("asOf", "2008-09-30").when().get("/api/v1/territories/53/dashboard")
                .then().statusCode(200)
                .body("territory.name", is("Mayenne"))
                .body("coverage.numerator", is(110)).body("coverage.value", closeTo(110.0 / 200_000, EXACT))
                .body("alimentation.value", closeTo(11.0 / 110, EXACT))
                .body("last7Days.created", is(10)).body("last30Days.created", is(110))
                // R52's four other départements have no reference population in 2008: not ranked, not counted.
                .body("rank.parent", is("R52")).body("rank.rank", is(1)).body("rank.of", is(1))
                .body("objectives", empty());
        int objective = given().contentType(ContentType.JSON)
                .body(Map.of("territory", "53", "metric", "DMP_CREATED", "targetValue", 220, "startDate",
                        "2008-09-01", "dueDate", "2008-10-31", "label", "Mayenne, autumn 2008"))
                .when().post("/api/v1/objectives").then().statusCode(201).extract().path("id");
        given().queryParam("asOf", "2008-09-30").when().get("/api/v1/territories/53/dashboard")
                .then().statusCode(200)
                .body("objectives.objectiveId", contains(objective))
                .body("objectives[0].currentValue", closeTo(110, EXACT))
                .body("objectives[0].progress", closeTo(0.5, EXACT));
        given().when().get("/api/v1/territories/99/dashboard").then().statusCode(404);
    }

    @Test
    void shouldListTheCatalogue() {
        given().when().get("/api/v1/indicators").then().statusCode(200)
                .body("code", hasItems("COVERAGE_RATE", "ALIMENTATION_SHARE", "GROWTH", "OBJECTIVE_PROGRESS"))
                .body("find { it.code == 'COVERAGE_RATE' }.unit", is("RATIO"));
    }

    @Test
    void shouldRefuseBadParametersWithAProblem() {
        read("coverage", Map.of("territory", "94,XX")).statusCode(400)
                .body("errors[0].field", is("territory"));
        read("coverage", Map.of("from", "2018-01-02", "asOf", "2018-01-01")).statusCode(400)
                .body("errors[0].field", is("from"));
        read("breakdown", Map.of()).statusCode(400);
        read("breakdown", Map.of("by", "COLOUR")).statusCode(400);
        read("timeseries", Map.of("interval", "FORTNIGHT")).statusCode(400);
        read("ranking", Map.of("parent", "ZZ")).statusCode(400);
    }
}
