package fr.dmpindicators.language;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import fr.dmpindicators.Api;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
 * establishment, a population, indicator parameters, control characters; the reason of an indicator without value;
 * refusals of tokens and of the HTTP layer. English without the header.
 */
@QuarkusTest
class RuleMessagesTest {

    private static final String NBSP = "\u00a0";

    private static RequestSpecification in(String language) {
        RequestSpecification request = Api.given().contentType(ContentType.JSON);
        return language == null ? request : request.header("Accept-Language", language);
    }

    private static Map<String, Object> record(String date, String territory, String channel) {
        return new HashMap<>(Map.of("date", date, "territory", territory, "channel", channel, "created", 1,
                "alimented", 0));
    }

    /** Four items, each breaking other rules; nothing of it may be stored. */
    private static List<Map<String, Object>> brokenBatch() {
        Map<String, Object> cpamWithType = record("2015-03-01", "973", "CPAM");
        cpamWithType.put("practitionerType", "MIDWIFE");
        return Arrays.asList(record("2099-01-01", "973", "CPAM"), record("2003-01-01", "999", "ESTABLISHMENT"),
                cpamWithType, null);
    }

    @Test
    void shouldRefuseABatchWholeInEachLanguage() {
        in("fr").body(brokenBatch()).when().post("/api/v1/dmp-creations/batch").then().statusCode(422)
                .header("Content-Language", "fr")
                .body("errors.message", containsInAnyOrder("ne doit pas être dans le futur",
                        "ne doit pas être antérieure au 2004-08-13 (loi sur le DMP)",
                        "n’est pas un département connu",
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

    /**
     * A batch's summary and the warnings of a French spreadsheet's values in each language: a dry run, so that
     * nothing is stored whatever the counts; a one-digit département read with its zero.
     */
    @Test
    void shouldWordASummaryAndItsCsvWarningsInEachLanguage() {
        String csv = "date;territory;channel;created;alimented\r\n07/03/2019;1;CPAM;2;1\r\n";
        Map<String, List<String>> expected = Map.of(
                "fr", List.of("Essai à blanc, rien n’a été enregistré : ", "\"1\" lu comme \"01\"", "zéro initial",
                        "lues jour en premier"),
                "en", List.of("Dry run, nothing stored: ", "\"1\" read as \"01\"", "leading zero",
                        "were read day first"));
        expected.forEach((language, words) -> in(language).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("dryRun", true).when().post("/api/v1/dmp-creations/batch").then().statusCode(200)
                .header("Content-Language", language)
                .body("message", startsWith(words.get(0)))
                .body("warnings.find { it.reading == 'DEPARTEMENT_LEADING_ZERO' }.example", is(words.get(1)))
                .body("warnings.find { it.reading == 'DEPARTEMENT_LEADING_ZERO' }.message", containsString(words.get(2)))
                .body("warnings.find { it.reading == 'DAY_MONTH_YEAR' }.message", containsString(words.get(3))));
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
                .body("errors[0].message",
                        is("ne doit pas contenir de caractères de contrôle (U+0001 à la position 2)"));
        in("en").queryParam("parent", "R53").queryParam("level", "REGION").queryParam("indicator", "DMP_CREATED")
                .when().get("/api/v1/indicators/ranking").then().statusCode(400)
                .body("errors[0].message", is("must be below the level of parent"));
        in("fr").queryParam("parent", "R53").queryParam("level", "REGION").queryParam("indicator", "DMP_CREATED")
                .when().get("/api/v1/indicators/ranking").then().statusCode(400)
                .body("errors[0].message", is("doit être inférieur au niveau du parent"));
    }

    /** Mayotte in the week after the DMP law: no test records anything there, so nothing to divide by. */
    @Test
    void shouldGiveTheReasonOfAMissingValueInEachLanguage() {
        in("fr").queryParam("territory", "976").queryParam("from", "2004-08-14").queryParam("asOf", "2004-08-20")
                .when().get("/api/v1/indicators/alimentation").then().statusCode(200)
                .header("Content-Language", "fr").body("value", is((Object) null))
                .body("reason", is("aucun DMP créé dans le périmètre et la période"));
        in(null).queryParam("territory", "976").queryParam("from", "2004-08-14").queryParam("asOf", "2004-08-20")
                .when().get("/api/v1/indicators/alimentation").then().statusCode(200)
                .body("value", is((Object) null)).body("reason", is("no DMP created in the scope and period"));
        in("fr").queryParam("territory", "976").queryParam("from", "2004-08-14").queryParam("to", "2004-08-20")
                .when().get("/api/v1/indicators/growth").then().statusCode(200)
                .body("value", is((Object) null)).body("reason", is("aucun DMP créé avant le 2004-08-14"));
        in("en").queryParam("territory", "976").queryParam("from", "2004-08-14").queryParam("to", "2004-08-20")
                .when().get("/api/v1/indicators/growth").then().statusCode(200)
                .body("reason", is("no DMP created before 2004-08-14"));
    }

    @Test
    void shouldRefuseTokensInEachLanguageWithAnAsciiChallenge() {
        RestAssured.given().header("Accept-Language", "fr").auth().oauth2("not.a.token").contentType(ContentType.JSON)
                .body("{}").when().post("/api/v1/dmp-creations").then().statusCode(401)
                .body("detail", is("Le jeton porteur n’est pas un JWT signé bien formé."))
                .header("WWW-Authenticate", containsString("The bearer token is not a well-formed signed JWT."));
        RestAssured.given().header("Accept-Language", "fr").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/dmp-creations").then().statusCode(401)
                .body("detail", startsWith("Cette opération demande un jeton porteur"));
        RestAssured.given().header("Accept-Language", "fr").auth().oauth2(TestTokens.reader())
                .contentType(ContentType.JSON).body("{}").when().post("/api/v1/dmp-creations").then()
                .statusCode(403).body("detail", is("Les rôles du jeton ne permettent pas cette opération."));
    }

    @Test
    void shouldNameTheMethodsAPathAnswersInEachLanguage() {
        in("fr").when().delete("/api/v1/indicators/coverage").then().statusCode(405)
                .body("detail", is("Ce chemin répond à GET, HEAD, OPTIONS, pas à DELETE."));
        in("en").when().delete("/api/v1/indicators/coverage").then().statusCode(405)
                .body("detail", is("This path answers GET, HEAD, OPTIONS, not DELETE."));
    }

    @Test
    void shouldRefuseOtherOriginsInEachLanguage() {
        RestAssured.given().header("Accept-Language", "fr").header("Origin", "http://evil.example")
                .when().get("/api/v1/territories").then().statusCode(403)
                .body("detail", is("Les requêtes de l’origine http://evil.example ne sont pas autorisées"
                        + " (quarkus.http.cors.origins)."));
        RestAssured.given().header("Accept-Language", "fr").header("Origin", "http://localhost:3000")
                .when().patch("/api/v1/territories").then().statusCode(403)
                .body("detail", is("Les requêtes d’une autre origine ne peuvent pas utiliser PATCH"
                        + " (quarkus.http.cors.methods)."));
    }
}
