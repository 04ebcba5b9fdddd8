package fr.dmpindicators.language;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import fr.dmpindicators.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The messages of the service's own rules (not Hibernate Validator's) in each language, one class of refusal per
 * feature: a batch of records breaking several rules (refused whole, or answered item by item), an objective, an
 * establishment, a population, indicator parameters, control characters. English without the header.
 */
@QuarkusTest
class RuleMessagesTest {

    private static final String NBSP = "\u00a0";

    private static RequestSpecification in(String language) {
        RequestSpecification request = Api.given().contentType(ContentType.JSON);
        return language == null ? request : request.header("Accept-Language", language);
    }

    private static Map<String, Object> record(String date, String territory, String channel) {
        Map<String, Object> item = new HashMap<>(Map.of("date", date, "territory", territory, "channel", channel,
                "created", 1, "alimented", 0));
        return item;
    }

    /** Four items, each breaking other rules; nothing of it may be stored. */
    private static List<Map<String, Object>> brokenBatch() {
        Map<String, Object> cpamWithType = record("2012-03-01", "973", "CPAM");
        cpamWithType.put("practitionerType", "MIDWIFE");
        return Arrays.asList(record("2099-01-01", "973", "CPAM"), record("2003-01-01", "999", "ESTABLISHMENT"),
                cpamWithType, null);
    }

    @Test
    void shouldRefuseABatchWholeInEachLanguage() {
        in("fr").body(brokenBatch()).when().post("/api/v1/dmp-creations/batch").then().statusCode(422)
                .header("Content-Language", "fr")
                .body("errors.message", containsInAnyOrder("ne doit pas être dans le futur",
                        "ne doit pas être antérieure au 2004-08-13 (loi sur le DMP)", "n’est pas un département connu",
                        "est obligatoire pour le canal ESTABLISHMENT", "doit être absent pour le canal CPAM",
                        "ne doit pas être nul"));
        for (String english : new String[] {"en", null}) {
            in(english).body(brokenBatch()).when().post("/api/v1/dmp-creations/batch").then().statusCode(422)
                    .body("errors.message", containsInAnyOrder("must not be in the future",
                            "must not be before 2004-08-13 (the DMP law)", "is not a known département",
                            "is required for the channel ESTABLISHMENT", "must be absent for the channel CPAM",
                            "must not be null"));
        }
    }

    @Test
    void shouldListTheRefusedItemsOfAPartialBatchInEachLanguage() {
        in("fr").body(brokenBatch()).queryParam("atomic", false).when().post("/api/v1/dmp-creations/batch").then()
                .statusCode(200).body("rejected", is(4))
                .body("errors.find { it.index == 1 && it.field == 'territory' }.message",
                        is("n’est pas un département connu"))
                .body("errors.find { it.index == 3 }.message", is("ne doit pas être nul"));
        in("en").body(brokenBatch()).queryParam("atomic", false).when().post("/api/v1/dmp-creations/batch").then()
                .statusCode(200).body("errors.find { it.index == 3 }.message", is("must not be null"));
    }

    @Test
    void shouldRefuseAnObjectiveInEachLanguage() {
        Map<String, Object> objective = Map.of("territory", "XX", "metric", "COVERAGE_RATE", "targetValue", 1.5,
                "startDate", "2020-01-01", "dueDate", "2019-12-31", "label", " ");
        in("fr").body(objective).when().post("/api/v1/objectives").then().statusCode(422)
                .body("errors.message", containsInAnyOrder("doit être postérieure à la date de début (2020-01-01)",
                        "ne doit pas être vide",
                        "doit valoir au plus 1 pour COVERAGE_RATE, une fraction décimale (0,2 = 20" + NBSP + "%)",
                        "n’est pas un territoire connu (un seul code" + NBSP + ": FR, une région comme R94 ou un"
                                + " département comme 2B)"));
        in("en").body(objective).when().post("/api/v1/objectives").then().statusCode(422)
                .body("errors.message", hasItems("must be after the start date (2020-01-01)", "must not be blank"));
    }

    @Test
    void shouldRefuseAnEstablishmentInEachLanguage() {
        Map<String, Object> establishment = Map.of("name", "CHU\u0007", "category", "999", "territory", "R84");
        in("fr").body(establishment).when().put("/api/v1/establishments/{finess}", "970400024").then()
                .statusCode(422)
                .body("errors.message", containsInAnyOrder("n’est pas une catégorie d’établissement connue",
                        "n’est pas un département connu",
                        "ne doit pas contenir de caractères de contrôle (U+0007 à la position 3)"));
        in(null).body(establishment).when().put("/api/v1/establishments/{finess}", "970400024").then()
                .statusCode(422)
                .body("errors.message", containsInAnyOrder("is not a known establishment category",
                        "is not a known département", "must not contain control characters (U+0007 at position 3)"));
    }

    @Test
    void shouldRefuseAPopulationOfAFutureYearInEachLanguage() {
        Map<String, Object> population = Map.of("population", 1_000, "source", "Test");
        in("fr").body(population).when().put("/api/v1/territories/R53/populations/2099").then().statusCode(422)
                .body("errors.message", hasItem("ne doit pas être postérieure à l’année en cours"));
        in("en").body(population).when().put("/api/v1/territories/R53/populations/2099").then().statusCode(422)
                .body("errors.message", hasItem("must not be after the current year"));
    }

    @Test
    void shouldRefuseIndicatorParametersInEachLanguage() {
        in("fr").queryParam("territory", "ZZ").when().get("/api/v1/indicators/coverage").then().statusCode(400)
                .body("errors[0].message", is("n’est pas un territoire connu" + NBSP + ": ZZ"));
        in("en").queryParam("territory", "ZZ").when().get("/api/v1/indicators/coverage").then().statusCode(400)
                .body("errors[0].message", is("is not a known territory: ZZ"));
        in("fr").queryParam("asOf", "2019-01-01").queryParam("from", "2020-01-01")
                .when().get("/api/v1/indicators/alimentation").then().statusCode(400)
                .body("errors[0].message", is("ne doit pas être postérieure à to ni à asOf"));
        in("fr").queryParam("territory", "97\u00013").when().get("/api/v1/indicators/coverage").then()
                .statusCode(400)
                .body("errors[0].message", is("ne doit pas contenir de caractères de contrôle (U+0001 à la position 2)"));
        in("en").queryParam("parent", "R53").queryParam("level", "REGION").queryParam("indicator", "DMP_CREATED")
                .when().get("/api/v1/indicators/ranking").then().statusCode(400)
                .body("errors[0].message", is("must be below the level of parent"));
        in("fr").queryParam("parent", "R53").queryParam("level", "REGION").queryParam("indicator", "DMP_CREATED")
                .when().get("/api/v1/indicators/ranking").then().statusCode(400)
                .body("errors[0].message", is("doit être inférieur au niveau du parent"));
    }
}
