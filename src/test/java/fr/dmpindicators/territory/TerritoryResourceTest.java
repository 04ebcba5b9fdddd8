package fr.dmpindicators.territory;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TerritoryResourceTest {

    /** The reference file, read here on its own, line by line, to check what the service serves. */
    private static List<String[]> referenceLines() throws IOException {
        try (InputStream in = TerritoryResourceTest.class.getResourceAsStream("/reference/departements.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",")).toList();
        }
    }

    @Test
    void shouldListTheNationEighteenRegionsAndAHundredAndOneDepartements() {
        given().queryParam("size", 1000)
                .when().get("/api/v1/territories")
                .then().statusCode(200)
                .body("totalItems", is(120))
                .body("items[0].code", is("FR"))
                .body("items[0].level", is("NATION"))
                .body("items.findAll { it.level == 'REGION' }", hasSize(18))
                .body("items.findAll { it.level == 'DEPARTEMENT' }", hasSize(101))
                .body("items.findAll { it.level == 'REGION' }.parent", everyItem(is("FR")));
    }

    @Test
    void shouldFilterByLevelAndParent() {
        given().queryParam("parent", "R11").queryParam("size", 100)
                .when().get("/api/v1/territories")
                .then().statusCode(200)
                .body("items.code", contains("75", "77", "78", "91", "92", "93", "94", "95"));
        given().queryParam("level", "REGION").queryParam("size", 100)
                .when().get("/api/v1/territories")
                .then().statusCode(200)
                .body("totalItems", is(18))
                .body("items.code", hasItem("R94"))
                .body("items.find { it.code == 'R11' }.name", is("Île-de-France"));
    }

    @Test
    void shouldPageThroughTheList() {
        given().queryParam("level", "DEPARTEMENT").queryParam("page", 10).queryParam("size", 10)
                .when().get("/api/v1/territories")
                .then().statusCode(200)
                .body("page", is(10))
                .body("totalPages", is(11))
                .body("items", hasSize(1))
                .body("items[0].code", is("976"));
    }

    @Test
    void shouldServeEachDepartementWithItsRegionAndInseePopulation() throws IOException {
        Map<String, String[]> lines = referenceLines().stream().collect(Collectors.toMap(l -> l[0], l -> l));
        for (String code : List.of("01", "2A", "94", "976")) {
            String[] line = lines.get(code);
            given().when().get("/api/v1/territories/{code}", code)
                    .then().statusCode(200)
                    .body("name", is(line[1]))
                    .body("parent", is("R" + line[2]))
                    .body("populations.find { it.year == " + line[5] + " }.population",
                            is(Integer.parseInt(line[4])));
        }
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTerritory() {
        given().when().get("/api/v1/territories/{code}", "99")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:not-found"))
                .body("detail", is("No territory has the code 99."));
    }

    @Test
    void shouldSetAPopulationThenReplaceIt() {
        given().contentType(ContentType.JSON).body(Map.of("population", 1_000_000, "source", "Test, first"))
                .when().put("/api/v1/territories/R53/populations/2010")
                .then().statusCode(201)
                .body("territory", is("R53")).body("year", is(2010)).body("population", is(1_000_000));
        given().contentType(ContentType.JSON).body(Map.of("population", 1_000_001, "source", "Test, revised"))
                .when().put("/api/v1/territories/R53/populations/2010")
                .then().statusCode(200)
                .body("population", is(1_000_001));
        given().when().get("/api/v1/territories/R53")
                .then().statusCode(200)
                .body("populations.find { it.year == 2010 }.source", is("Test, revised"));
    }

    @Test
    void shouldRefuseAnInvalidPopulationAndKeepTheStoredOne() {
        int stored = given().when().get("/api/v1/territories/01").then().extract()
                .path("populations.find { it.year == 2023 }.population");
        given().contentType(ContentType.JSON).body(Map.of("population", 0, "source", ""))
                .when().put("/api/v1/territories/01/populations/2023")
                .then().statusCode(422)
                .body("errors.field", contains("population", "source"));
        given().contentType(ContentType.JSON).body(Map.of("population", 5))
                .when().put("/api/v1/territories/01/populations/2023")
                .then().statusCode(422)
                .body("errors.field", contains("source"));
        given().contentType(ContentType.JSON).body(Map.of("population", 5, "source", "Future"))
                .when().put("/api/v1/territories/01/populations/{year}", LocalDate.now().getYear() + 1)
                .then().statusCode(422)
                .body("errors[0].field", is("year"));
        given().contentType(ContentType.JSON).body(Map.of("population", 5, "source", "Too old"))
                .when().put("/api/v1/territories/01/populations/1990")
                .then().statusCode(422)
                .body("errors[0].field", is("year"))
                .body("errors[0].message", is("must be a whole number from 2004 to 2100"));
        given().contentType(ContentType.JSON).body(Map.of("population", 5, "source", "Nowhere"))
                .when().put("/api/v1/territories/99/populations/2020")
                .then().statusCode(404);
        given().when().get("/api/v1/territories/01")
                .then().body("populations.find { it.year == 2023 }.population", equalTo(stored));
    }

    /**
     * A parent that is no territory (a code in the wrong case, a region without its R, nothing at all) is a bad
     * parameter, 400 naming it, as the territory filter of every other list is: it was a 200 with no items, as if the
     * territory had no children. A territory without children (a département) still lists none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zz", "fr", "r11", "20", "2a", "975", "R00"})
    void shouldRefuseAParentThatIsNoTerritory(String parent) {
        given().queryParam("parent", parent)
                .when().get("/api/v1/territories")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:malformed-request"))
                .body("errors.field", hasItem("parent"))
                .body("detail", is("No territory has the code " + parent + "."));
        given().queryParam("parent", "94")
                .when().get("/api/v1/territories")
                .then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void shouldRefuseAnUnknownLevel() {
        given().queryParam("level", "CANTON")
                .when().get("/api/v1/territories")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void referenceFileShouldHoldEveryRegionOfTheHierarchy() throws IOException {
        long regions = referenceLines().stream().map(l -> l[2]).distinct().count();
        given().queryParam("level", "REGION").when().get("/api/v1/territories")
                .then().body("totalItems", is((int) regions));
        Arrays.asList("971", "972", "973", "974", "976").forEach(code ->
                given().when().get("/api/v1/territories/{code}", code).then().statusCode(200));
    }
}
