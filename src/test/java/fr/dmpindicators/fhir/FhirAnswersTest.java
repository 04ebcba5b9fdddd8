package fr.dmpindicators.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.demo.DemoDataProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 answers on the demo dataset: every kind of MeasureReport, and the catalogue's Measures, valid for
 * HAPI's validator with no error, and carrying the published figures of docs/domain.md §6.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class FhirAnswersTest {

    private static final String FHIR = "application/fhir+json";
    private static final String PILOT = "2016-12-16";
    private static final String JUNE = "2018-06-05";

    private static String fhir(String path, Map<String, ?> query, String language) {
        String body = given().accept(FHIR).header("Accept-Language", language).queryParams(query)
                .when().get("/api/v1/indicators/" + path)
                .then().statusCode(200).contentType(FHIR).extract().asString();
        List<String> errors = FhirValidation.errors(body);
        assertTrue(errors.isEmpty(), () -> path + " " + query + " is not valid FHIR R4: " + errors + "\n" + body);
        return body;
    }

    /** Decimals read as doubles, not floats, so that scores compare exactly. */
    private static JsonPath report(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static double percent(Number value) {
        return Math.round(value.doubleValue() * 1000) / 10.0;
    }

    private static void assertSummary(JsonPath report, String measure) {
        assertEquals("MeasureReport", report.getString("resourceType"));
        assertEquals("complete", report.getString("status"));
        assertEquals("summary", report.getString("type"));
        assertEquals("https://dmp-indicators.local/fhir/Measure/" + measure, report.getString("measure"));
        assertEquals("numerator", report.getString("group[0].population[0].code.coding[0].code"));
        assertEquals("denominator", report.getString("group[0].population[1].code.coding[0].code"));
    }

    @Test
    void shouldReportSommesCoverageWithEarlierDmpAsPublished() {
        JsonPath report = report(fhir("coverage", Map.of("territory", "80", "asOf", JUNE), "en"));
        assertSummary(report, "coverage-rate");
        assertEquals(19.5, percent(report.get("group[0].measureScore.value")), "Somme, the highest (19,5 %)");
        assertEquals("80", report.getString("subject.identifier.value"));
        assertEquals("Somme", report.getString("subject.display"));
        assertEquals(JUNE, report.getString("period.end"));
        assertNull(report.get("period.start"), "coverage without from counts the whole history");
    }

    @Test
    void shouldReportThePilotCoverageOfEachPublishedDepartementAndOfTheNine() {
        Map<String, double[]> published = Map.of(
                "94", new double[] {111_594, 13.4},
                "22", new double[] {38_678, 9.2},
                "80", new double[] {47_146, 9.2},
                "64", new double[] {18_382, 6.9},
                "94,22,80,67,37,31,25,63,64", new double[] {495_816, 9.4});
        published.forEach((territory, figures) -> {
            JsonPath report = report(fhir("coverage",
                    Map.of("territory", territory, "from", PILOT, "asOf", JUNE), "fr"));
            assertSummary(report, "coverage-rate");
            assertEquals((long) figures[0], report.getLong("group[0].population[0].count"), territory);
            assertEquals(figures[1], percent(report.get("group[0].measureScore.value")), territory);
            assertEquals(PILOT, report.getString("period.start"));
        });
    }

    @Test
    void shouldReportGrowthOverThePilotAsTheDmpCreatedDuringIt() {
        JsonPath report = report(fhir("growth",
                Map.of("territory", "80", "from", PILOT, "to", JUNE, "asOf", JUNE), "en"));
        assertSummary(report, "growth");
        assertEquals(47_146, report.getLong("group[0].population[0].count"), "created in Somme during the pilot");
        long before = report.getLong("group[0].population[1].count");
        assertEquals(47_146.0 / before, report.getDouble("group[0].measureScore.value"), 1e-9);
        assertEquals(PILOT, report.getString("period.start"));
        assertEquals(JUNE, report.getString("period.end"));
    }

    @Test
    void shouldReportTheAlimentationShareWithTheSameCountsAsJson() {
        Map<String, String> query = Map.of("territory", "94", "from", PILOT, "asOf", JUNE);
        JsonPath report = report(fhir("alimentation", query, "en"));
        assertSummary(report, "alimentation-share");
        JsonPath json = given().queryParams(query).when().get("/api/v1/indicators/alimentation")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(json.getLong("numerator"), report.getLong("group[0].population[0].count"));
        assertEquals(json.getLong("denominator"), report.getLong("group[0].population[1].count"));
        assertEquals(111_594, report.getLong("group[0].population[1].count"), "alimented ÷ created in Val-de-Marne");
    }

    @Test
    void shouldReportAValueThatCannotBeComputedWithoutAScoreAndWithItsReason() {
        JsonPath noPopulation = report(fhir("coverage", Map.of("territory", "FR", "asOf", JUNE), "en"));
        assertNull(noPopulation.get("group[0].measureScore.value"));
        assertEquals("unknown", noPopulation.getString("group[0].measureScore.extension[0].valueCode"));
        assertNull(noPopulation.get("group[0].population[1].count"), "no reference population, no denominator");
        assertTrue(noPopulation.getString("text.div").contains("population"));

        JsonPath nothingCreated = report(fhir("alimentation",
                Map.of("territory", "80", "asOf", "2010-01-01"), "en"));
        assertEquals(0, nothingCreated.getLong("group[0].population[1].count"));
        assertEquals("not-a-number", nothingCreated.getString("group[0].measureScore.extension[0].valueCode"));
    }

    @Test
    void shouldReportABreakdownAsStrata() {
        for (String by : List.of("CHANNEL", "PRACTITIONER_TYPE", "TERRITORY", "ESTABLISHMENT")) {
            JsonPath report = report(fhir("breakdown",
                    Map.of("by", by, "territory", "80", "from", PILOT, "to", JUNE), "fr"));
            assertSummary(report, "breakdown");
            List<Number> created = report.getList(
                    "group[0].stratifier[0].stratum.collect { it.population.find { p -> "
                            + "p.code.coding[0].code == 'numerator' }.count }", Number.class);
            long total = report.getLong("group[0].population[0].count");
            assertEquals(total, created.stream().mapToLong(Number::longValue).sum(), by + ": strata add up");
            if (by.equals("CHANNEL") || by.equals("TERRITORY")) {
                assertEquals(47_146, total, by + ": the DMP created in Somme during the pilot");
            }
        }
        JsonPath channels = report(fhir("breakdown",
                Map.of("by", "CHANNEL", "territory", "80", "from", PILOT, "to", JUNE), "fr"));
        assertTrue(channels.getList("group[0].stratifier[0].stratum.value.text", String.class)
                .contains("Accueil d’une caisse d’assurance maladie (CPAM)"), "labels follow Accept-Language");
    }

    @Test
    void shouldServeTheCatalogueAsABundleOfMeasuresInEachLanguage() {
        List<String> codes = given().when().get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getList("code", String.class);
        for (String language : List.of("en", "fr")) {
            String body = given().accept(FHIR).header("Accept-Language", language).when().get("/api/v1/indicators")
                    .then().statusCode(200).contentType(FHIR).body("resourceType", is("Bundle"))
                    .body("entry.resource.name", is(codes)).extract().asString();
            List<String> errors = FhirValidation.errors(body);
            assertTrue(errors.isEmpty(), () -> "catalogue " + language + ": " + errors);
            JsonPath bundle = report(body);
            assertEquals(language.equals("fr") ? "Taux de couverture" : "Coverage rate",
                    bundle.getString("entry.find { it.resource.name == 'COVERAGE_RATE' }.resource.title"));
            assertEquals("https://dmp-indicators.local/fhir/Measure/coverage-rate",
                    bundle.getString("entry.find { it.resource.name == 'COVERAGE_RATE' }.resource.url"));
        }
    }

    @Test
    void shouldStillRefuseFhirWhereTheContractDoesNotOfferIt() {
        given().accept(FHIR).when().get("/api/v1/indicators/ranking")
                .then().statusCode(406).contentType("application/problem+json");
        given().accept(FHIR).when().get("/api/v1/territories/80").then().statusCode(406);
    }
}
