package fr.dmpindicators.demo;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo dataset is loaded whole on a first start, and its populations follow the published pilot table. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDatasetTest {

    private static long dataLines(String resource) throws IOException {
        try (InputStream in = DemoDatasetTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).count();
        }
    }

    @Test
    void shouldStoreEveryRecordAndEstablishmentOfTheDataset() throws IOException {
        given().queryParam("size", 1).when().get("/api/v1/dmp-creations")
                .then().statusCode(200).body("totalItems", is((int) dataLines("/demo/dmp-creations.csv")));
        given().queryParam("size", 1).when().get("/api/v1/establishments")
                .then().statusCode(200).body("totalItems", is((int) dataLines("/demo/establishments.csv")));
    }

    @Test
    void shouldDerivePilotPopulationsAsPublishedCreatedOverPublishedCoverage() {
        // domain §6: DMP created in the pilot and coverage, for the départements whose count was published.
        Map<String, double[]> published = Map.of(
                "94", new double[] {111_594, 0.134},
                "22", new double[] {38_678, 0.092},
                "80", new double[] {47_146, 0.092},
                "64", new double[] {18_382, 0.069});
        published.forEach((code, figures) -> given().when().get("/api/v1/territories/{code}", code)
                .then().statusCode(200)
                .body("populations.find { it.year == 2016 }.population",
                        is((int) Math.round(figures[0] / figures[1]))));
    }

    @Test
    void shouldStartTheStockTheDayBeforeThePilot() {
        given().queryParam("to", "2016-12-15").queryParam("channel", "UNKNOWN").queryParam("size", 1)
                .when().get("/api/v1/dmp-creations")
                .then().body("totalItems", is(101));
        given().queryParam("from", "2016-12-15").queryParam("to", "2016-12-15").queryParam("territory", "80")
                .when().get("/api/v1/dmp-creations")
                .then().body("items[0].channel", is("UNKNOWN"));
    }
}
