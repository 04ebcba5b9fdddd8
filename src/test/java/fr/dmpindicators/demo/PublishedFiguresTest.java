package fr.dmpindicators.demo;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service, fed the demo dataset, reproduces the figures of the July 2018 pilot report (DOMAIN §6) to their
 * published precision: one decimal of a percent.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class PublishedFiguresTest {

    private static final String PILOT_START = "2016-12-16";
    private static final String REPORT_DATE = "2018-06-05";

    /** The published coverage of the pilot, in percent, by département (DOMAIN §6). */
    private static final Map<String, Double> PUBLISHED_COVERAGE = new LinkedHashMap<>();

    static {
        PUBLISHED_COVERAGE.put("94", 13.4);
        PUBLISHED_COVERAGE.put("22", 9.2);
        PUBLISHED_COVERAGE.put("80", 9.2);
        PUBLISHED_COVERAGE.put("67", 9.0);
        PUBLISHED_COVERAGE.put("37", 8.8);
        PUBLISHED_COVERAGE.put("31", 8.4);
        PUBLISHED_COVERAGE.put("25", 8.4);
        PUBLISHED_COVERAGE.put("63", 8.2);
        PUBLISHED_COVERAGE.put("64", 6.9);
    }

    private static double coveragePercent(String territory, String from) {
        var request = given().queryParam("territory", territory).queryParam("asOf", REPORT_DATE);
        if (from != null) {
            request.queryParam("from", from);
        }
        double value = request.when().get("/api/v1/indicators/coverage")
                .then().statusCode(200).extract().jsonPath().getDouble("value");
        return Math.round(value * 1000) / 10.0;
    }

    @Test
    void shouldReproduceThePilotCoverageOfEachDepartement() {
        PUBLISHED_COVERAGE.forEach((code, published) ->
                assertEquals(published, coveragePercent(code, PILOT_START), "pilot coverage of " + code));
    }

    @Test
    void shouldReproduceTheCoverageOfTheNineTogether() {
        assertEquals(9.4, coveragePercent(String.join(",", PUBLISHED_COVERAGE.keySet()), PILOT_START));
        given().queryParam("territory", String.join(",", PUBLISHED_COVERAGE.keySet()))
                .queryParam("asOf", REPORT_DATE).queryParam("from", PILOT_START)
                .when().get("/api/v1/indicators/coverage")
                .then().body("numerator", is(495_816)).body("scope.codes.size()", is(9));
    }

    @Test
    void shouldReproduceThePublishedCreatedCounts() {
        Map<String, Integer> published = Map.of("94", 111_594, "22", 38_678, "80", 47_146, "64", 18_382);
        published.forEach((code, created) -> given().queryParam("territory", code).queryParam("asOf", REPORT_DATE)
                .queryParam("from", PILOT_START)
                .when().get("/api/v1/indicators/coverage")
                .then().body("numerator", is(created)));
    }

    @Test
    void shouldRankValDeMarneFirstAndPyreneesAtlantiquesLast() {
        List<String> ranked = PUBLISHED_COVERAGE.keySet().stream()
                .sorted(Comparator.comparing((String code) -> given().queryParam("territory", code)
                        .queryParam("asOf", REPORT_DATE).queryParam("from", PILOT_START)
                        .when().get("/api/v1/indicators/coverage").then().extract().jsonPath().getDouble("value"))
                        .reversed())
                .toList();
        assertEquals("94", ranked.get(0));
        assertEquals("64", ranked.get(ranked.size() - 1));
    }

    @Test
    void shouldReproduceTheCoverageIncludingEarlierDmp() {
        assertEquals(19.5, coveragePercent("80", null), "Somme, the highest");
        assertEquals(8.5, coveragePercent("63", null), "Puy-de-Dôme, the lowest");
        PUBLISHED_COVERAGE.keySet().forEach(code -> {
            double withEarlier = coveragePercent(code, null);
            assertTrue(withEarlier <= 19.5 && withEarlier >= 8.5, code + " lies between the two extremes");
        });
    }

    @Test
    void shouldCountAboutOnePointTwoMillionDmpNationallyOnTheTwentiethOfMay() {
        long created = given().queryParam("asOf", "2018-05-20")
                .when().get("/api/v1/indicators/coverage")
                .then().statusCode(200).extract().jsonPath().getLong("numerator");
        assertEquals(1.2, Math.round(created / 100_000.0) / 10.0);
    }

    @Test
    void shouldCountTheDmpCreatedByEstablishmentsIn2017() {
        // DOMAIN §6: in 2017, establishments created 12 047 DMP.
        given().queryParam("by", "CHANNEL").queryParam("from", "2017-01-01").queryParam("to", "2017-12-31")
                .queryParam("asOf", REPORT_DATE)
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200)
                .body("items.find { it.key == 'ESTABLISHMENT' }.created", is(12_047));
    }

    @Test
    void shouldCountTheStockOpenedBeforeThePilot() {
        long before = given().queryParam("territory", String.join(",", PUBLISHED_COVERAGE.keySet()))
                .queryParam("asOf", "2016-12-15")
                .when().get("/api/v1/indicators/coverage").then().extract().jsonPath().getLong("numerator");
        assertTrue(before > 169_000, "more than 169 000 DMP before the pilot, counted " + before);
    }
}
