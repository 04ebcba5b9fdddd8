package fr.dmpindicators.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ETag and If-None-Match on the reads of indicators, dashboards and territories (RFC 9110 §8.8.3, §13.1.2), and the
 * Cache-Control of each kind of resource. Works on Mayotte (976) in 2015, which no other test touches.
 */
@QuarkusTest
class EntityTagsTest {

    private static final String COVERAGE = "/api/v1/indicators/coverage?territory=976&asOf=2015-12-31";
    private static final String STRONG_TAG = "\"[A-Za-z0-9_-]{22}\"";

    private static Response read(String path, String accept, String language) {
        return given().accept(accept).header("Accept-Language", language).when().get(path);
    }

    private static String tag(String path) {
        return read(path, "application/json", "en").then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_TAG)).extract().header("ETag");
    }

    private static void push(String date, String territory, int created) {
        Api.given().contentType(ContentType.JSON).body(List.of(Map.of("date", date, "territory", territory,
                "channel", "CPAM", "created", created, "alimented", 0)))
                .when().post("/api/v1/dmp-creations/batch").then().statusCode(200);
    }

    @Test
    void shouldTagEveryReadOfIndicatorsDashboardsAndTerritories() {
        for (String path : List.of(COVERAGE, "/api/v1/indicators/alimentation?territory=976&asOf=2015-12-31",
                "/api/v1/indicators/growth?territory=976&from=2015-01-01&to=2015-12-31",
                "/api/v1/indicators/establishments?territory=976&from=2015-01-01&to=2015-12-31",
                "/api/v1/indicators/breakdown?by=CHANNEL&territory=976&from=2015-01-01&to=2015-12-31",
                "/api/v1/indicators/ranking?parent=R06&asOf=2015-12-31",
                "/api/v1/indicators/timeseries?territory=976&from=2015-01-01&to=2015-12-31",
                "/api/v1/indicators/completeness?territory=R06&from=2015-01-01&to=2015-12-31&asOf=2015-12-31",
                "/api/v1/indicators", "/api/v1/territories/976/dashboard?asOf=2015-12-31",
                "/api/v1/territories/976", "/api/v1/territories?level=REGION",
                "/api/v1/channels", "/api/v1/practitioner-types", "/api/v1/establishment-categories")) {
            String tag = tag(path);
            given().header("If-None-Match", tag).when().get(path).then().statusCode(304)
                    .header("ETag", tag).body(is(emptyString()));
        }
    }

    @Test
    void shouldAnswer304ForEveryFormOfAMatchingIfNoneMatch() {
        String tag = tag(COVERAGE);
        for (String header : List.of(tag, "W/" + tag, "\"other\", " + tag, "W/\"x\",W/" + tag + " , \"y\"",
                "*")) {
            given().header("If-None-Match", header).when().get(COVERAGE).then().statusCode(304)
                    .header("Content-Language", "en").header("Cache-Control", "no-cache");
        }
        for (String header : List.of("\"other\"", tag.replace("\"", ""), "W/\"x\", \"y\"", "", tag + "x")) {
            given().header("If-None-Match", header).when().get(COVERAGE).then().statusCode(200)
                    .body("indicator", is("COVERAGE_RATE"));
        }
    }

    @Test
    void shouldSayThatTaggedAnswersVaryByMediaTypeAndLanguage() {
        for (int status : new int[] {200, 304}) {
            List<String> vary = given().header("If-None-Match", status == 304 ? "*" : "\"none\"").when()
                    .get(COVERAGE).then().statusCode(status).extract().headers().getValues("Vary").stream()
                    .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).toList();
            assertTrue(vary.containsAll(List.of("Accept", "Accept-Language")), status + ": " + vary);
        }
    }

    @Test
    void shouldChangeTheTagExactlyWhenAPushChangesTheAnswer() {
        String before = tag(COVERAGE);
        String otherYear = tag("/api/v1/indicators/coverage?territory=976&asOf=2014-12-31");
        assertEquals(before, tag(COVERAGE), "the same answer keeps its tag");

        push("2015-06-01", "976", 7);
        String after = tag(COVERAGE);
        assertNotEquals(before, after, "a push counted by the answer changes it");
        given().header("If-None-Match", before).when().get(COVERAGE).then().statusCode(200);

        push("2015-06-01", "973", 5);
        push("2015-12-31", "971", 3);
        assertEquals(after, tag(COVERAGE), "pushes elsewhere leave this answer, and its tag, as they were");
        push("2016-01-02", "976", 2);
        assertEquals(after, tag(COVERAGE), "a push after asOf is not in this answer");
        assertEquals(otherYear, tag("/api/v1/indicators/coverage?territory=976&asOf=2014-12-31"));

        push("2015-06-01", "976", 7);
        assertEquals(after, tag(COVERAGE), "re-sending the same record changes nothing");
    }

    @Test
    void shouldTagEachRepresentationApart() {
        String breakdown = "/api/v1/indicators/breakdown?by=CHANNEL&territory=976&from=2015-01-01&to=2015-12-31";
        Set<String> tags = new HashSet<>();
        for (String accept : List.of("application/json", "text/csv", "application/fhir+json")) {
            for (String language : List.of("en", "fr")) {
                tags.add(read(breakdown, accept, language).then().statusCode(200).contentType(accept)
                        .header("Content-Language", language).extract().header("ETag"));
            }
        }
        assertEquals(6, tags.size(), "three media types by two languages: " + tags);
        String json = read(COVERAGE, "application/json", "en").header("ETag");
        given().accept("application/fhir+json").header("If-None-Match", json).when().get(COVERAGE).then()
                .statusCode(200).contentType("application/fhir+json");
        given().header("Accept-Language", "fr").header("If-None-Match", json).when().get(COVERAGE).then()
                .statusCode(200).header("Content-Language", "fr");
    }

    @Test
    void shouldGiveProblemsAndWritesNoTag() {
        given().when().get("/api/v1/territories/ZZ").then().statusCode(404).header("ETag", nullValue())
                .header("Cache-Control", "no-store");
        given().header("If-None-Match", "*").when().get("/api/v1/indicators/coverage?asOf=nope").then()
                .statusCode(400).header("ETag", nullValue());
        // A write that changes nothing (the reference file's figure put back as it is), so that no other test's
        // coverage moves: a population of an early year would give Mayotte a coverage where tests expect none.
        Map<String, Object> stored = given().when().get("/api/v1/territories/976").then().statusCode(200)
                .extract().path("populations[0]");
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("population", stored.get("population"), "source", stored.get("source")))
                .when().put("/api/v1/territories/976/populations/" + stored.get("year")).then()
                .statusCode(200).header("ETag", nullValue()).header("Cache-Control", "no-store");
    }

    @Test
    void shouldSayHowLongEachKindOfAnswerMayBeKept() {
        for (String path : List.of(COVERAGE, "/api/v1/territories/976", "/api/v1/territories/976/dashboard")) {
            given().when().get(path).then().statusCode(200).header("Cache-Control", "no-cache");
        }
        for (String path : List.of("/api/v1/indicators", "/api/v1/channels", "/api/v1/establishment-categories")) {
            given().when().get(path).then().statusCode(200).header("Cache-Control", "max-age=3600");
        }
        given().when().get("/api/v1/establishments").then().statusCode(200).header("Cache-Control", "no-store")
                .header("ETag", is(nullValue()));
        given().when().head(COVERAGE).then().statusCode(200).header("ETag", not(is(nullValue())));
    }
}
