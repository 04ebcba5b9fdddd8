package fr.dmpindicators.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of label, and problems, in each language; which language a header chooses; and the English fallback,
 * with the Content-Language and Vary that tell caches so.
 */
@QuarkusTest
class LanguagesTest {

    private static ValidatableResponse get(String path, String language) {
        var request = given();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().get("/api/v1" + path).then();
    }

    @Test
    void shouldLabelChannelsInEachLanguageWithTheSameCodes() {
        List<String> vary = get("/channels", "fr").extract().headers().getValues("Vary");
        assertTrue(vary.stream().anyMatch(value -> value.contains("Accept-Language")), vary.toString());
        get("/channels", "fr").statusCode(200).header("Content-Language", "fr")
                .body("find { it.code == 'ESTABLISHMENT' }.label", is("Établissement de santé"))
                .body("find { it.code == 'CPAM' }.label", is("Accueil d’une caisse d’assurance maladie (CPAM)"));
        get("/channels", "en").statusCode(200).header("Content-Language", "en")
                .body("find { it.code == 'ESTABLISHMENT' }.label", is("Health establishment"))
                .body("code", hasItems("ESTABLISHMENT", "PRACTITIONER", "CPAM", "PATIENT", "AUTOMATIC", "UNKNOWN"));
    }

    @Test
    void shouldLabelPractitionerTypesInEachLanguage() {
        get("/practitioner-types", "fr").statusCode(200)
                .body("find { it.code == 'GENERAL_PRACTITIONER' }.label", is("Médecin généraliste"))
                .body("find { it.code == 'PHYSIOTHERAPIST' }.label", is("Masseur-kinésithérapeute"));
        get("/practitioner-types", "en").statusCode(200)
                .body("find { it.code == 'GENERAL_PRACTITIONER' }.label", is("General practitioner"));
    }

    @Test
    void shouldLabelEstablishmentCategoriesInEachLanguage() {
        get("/establishment-categories", "fr").statusCode(200)
                .body("find { it.code == '620' }.label", is("Pharmacie d’officine"))
                .body("find { it.code == '101' }.label", is("Centre hospitalier régional (CHR/CHU)"));
        get("/establishment-categories", "en").statusCode(200)
                .body("find { it.code == '620' }.label", is("Community pharmacy"));
    }

    @Test
    void shouldWriteTheCatalogueInEachLanguage() {
        get("/indicators", "fr").statusCode(200).header("Content-Language", "fr")
                .body("find { it.code == 'COVERAGE_RATE' }.name", is("Taux de couverture"))
                .body("find { it.code == 'GROWTH' }.definition", startsWith("De combien le nombre de DMP"))
                .body("find { it.code == 'COVERAGE_RATE' }.endpoint", is("/api/v1/indicators/coverage"));
        get("/indicators", "en").statusCode(200)
                .body("find { it.code == 'COVERAGE_RATE' }.name", is("Coverage rate"))
                .body("find { it.code == 'COVERAGE_RATE' }.unit", is("RATIO"));
    }

    @Test
    void shouldLabelBreakdownPartsInEachLanguage() {
        Api.given().contentType(ContentType.JSON).body(List.of(Map.of("date", "2015-03-01",
                "territory", "973", "channel", "PRACTITIONER", "practitionerType", "MIDWIFE", "created", 4,
                "alimented", 1))).when().post("/api/v1/dmp-creations/batch").then().statusCode(200);
        String query = "/indicators/breakdown?territory=973&from=2015-03-01&to=2015-03-01&by=";
        get(query + "CHANNEL", "fr").statusCode(200)
                .body("items[0].label", is("Professionnel de santé libéral"));
        get(query + "PRACTITIONER_TYPE", "fr").statusCode(200).body("items[0].label", is("Sage-femme"));
        get(query + "PRACTITIONER_TYPE", "en").statusCode(200).body("items[0].label", is("Midwife"));
        given().header("Accept-Language", "fr").accept("text/csv").when().get("/api/v1" + query + "CHANNEL")
                .then().statusCode(200).body(containsString("PRACTITIONER,\"Professionnel de santé libéral\",4,1"));
    }

    @Test
    void shouldChooseByQValueAndFallBackToEnglish() {
        get("/channels", "en;q=0.4, fr;q=0.8").header("Content-Language", "fr")
                .body("find { it.code == 'PATIENT' }.label", is("Le patient, en ligne"));
        get("/channels", "fr;q=0.2, en").header("Content-Language", "en");
        get("/channels", "fr-CA").header("Content-Language", "fr");
        for (String neither : new String[] {null, "de", "*", "es;q=0.9, it"}) {
            get("/channels", neither).statusCode(200).header("Content-Language", "en")
                    .body("find { it.code == 'PATIENT' }.label", is("The patient, online"));
        }
    }

    @Test
    void shouldWriteA400InEachLanguage() {
        get("/indicators/coverage?asOf=2018-13-45", "fr").statusCode(400).header("Content-Language", "fr")
                .body("title", is("Requête mal formée"))
                .body("detail", is("asOf doit être une date au format AAAA-MM-JJ."))
                .body("errors[0].message", is("doit être une date au format AAAA-MM-JJ"));
        get("/indicators/coverage?asOf=2018-13-45", "en").statusCode(400).header("Content-Language", "en")
                .body("title", is("Malformed request"))
                .body("detail", is("asOf must be a date as YYYY-MM-DD."));
        get("/indicators/coverage?territoire=94", "fr").statusCode(400)
                .body("errors[0].message", is("n’est pas un paramètre de cette opération\u202f;"
                        + " vouliez-vous dire territory\u202f?"))
                .body("detail", containsString("cette opération accepte territory, asOf, from"));
    }

    @Test
    void shouldWriteA404InEachLanguage() {
        get("/territories/ZZ", "fr").statusCode(404).header("Content-Language", "fr")
                .body("title", is("Introuvable")).body("detail", is("Aucun territoire n’a le code ZZ."));
        get("/territories/ZZ", "en").statusCode(404)
                .body("title", is("Not found")).body("detail", is("No territory has the code ZZ."));
        get("/nothing-here", "fr").statusCode(404).header("Content-Language", "fr")
                .body("detail", is("Rien n’existe à l’adresse /api/v1/nothing-here."));
        get("/dmp-creations/987654321", "fr").statusCode(404)
                .body("detail", is("Aucun enregistrement de création de DMP n’a l’identifiant 987654321."));
    }

    @Test
    void shouldWriteA422InEachLanguageWithHibernateValidatorsMessages() {
        Map<String, Object> negative = Map.of("date", "2015-03-02", "territory", "973", "channel", "CPAM",
                "created", -1, "alimented", 0);
        Api.given().header("Accept-Language", "fr").contentType(ContentType.JSON).body(negative)
                .when().post("/api/v1/dmp-creations").then().statusCode(422).header("Content-Language", "fr")
                .body("title", is("Données invalides"))
                .body("errors.message", hasItem(containsString("doit être supérieur ou égal à 0")))
                .body("detail", containsString("rien n’a été enregistré"));
        Api.given().header("Accept-Language", "en").contentType(ContentType.JSON).body(negative)
                .when().post("/api/v1/dmp-creations").then().statusCode(422).header("Content-Language", "en")
                .body("title", is("Invalid input"))
                .body("errors.message", hasItem(containsString("must be greater than or equal to 0")))
                .body("detail", containsString("nothing was stored"));
    }

    @Test
    void shouldTitleProblemsOfTheHttpLayerInEachLanguage() {
        given().header("Accept-Language", "fr").when().delete("/api/v1/territories").then().statusCode(405)
                .header("Content-Language", "fr").body("title", is("Méthode non autorisée"));
        given().header("Accept-Language", "fr").accept("image/png").when().get("/api/v1/channels").then()
                .statusCode(406).body("title", is("Format de réponse non disponible"))
                .body("detail", not(containsString("This operation")));
        given().header("Accept-Language", "fr").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/dmp-creations").then().statusCode(401)
                .body("title", is("Authentification requise"));
    }
}
