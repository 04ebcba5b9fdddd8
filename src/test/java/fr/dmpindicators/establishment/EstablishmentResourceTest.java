package fr.dmpindicators.establishment;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EstablishmentResourceTest {

    private static Map<String, Object> establishment(String finess, String name, String category, String territory) {
        return Map.of("finess", finess, "name", name, "category", category, "territory", territory);
    }

    private static void put(String finess, String name, String category, String territory, int expectedStatus) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "category", category, "territory", territory))
                .when().put("/api/v1/establishments/{finess}", finess)
                .then().statusCode(expectedStatus);
    }

    @Test
    void shouldRegisterThenUpdateAnEstablishment() {
        put("970400024", "CHU Félix Guyon", "101", "974", 201);
        given().when().get("/api/v1/establishments/970400024")
                .then().statusCode(200)
                .body("name", is("CHU Félix Guyon")).body("category", is("101")).body("territory", is("974"));
        put("970400024", "CHU de La Réunion, site Félix Guyon", "101", "974", 200);
        given().when().get("/api/v1/establishments/970400024")
                .then().body("name", is("CHU de La Réunion, site Félix Guyon"));
    }

    @Test
    void shouldAcceptACorsicanNumberWithoutKey() {
        put("2A0000001", "Centre hospitalier d'Ajaccio (test)", "355", "2A", 201);
    }

    @Test
    void shouldRefuseABrokenFinessAndStoreNothing() {
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "category", "355", "territory", "01"))
                .when().put("/api/v1/establishments/010000025")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:validation"))
                .body("errors[0].field", is("finess"))
                .body("errors[0].message", is("has a wrong check key (Luhn)"));
        given().when().get("/api/v1/establishments/010000025").then().statusCode(404);
    }

    @Test
    void shouldRefuseAnEstablishmentOutsideTheDepartementItsFinessNames() {
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "category", "355", "territory", "02"))
                .when().put("/api/v1/establishments/010000024")
                .then().statusCode(422)
                .body("errors.field", contains("territory"))
                .body("errors[0].message", is("must be the département the FINESS number names (01)"));
    }

    @Test
    void shouldRefuseUnknownCodes() {
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "category", "999", "territory", "R84"))
                .when().put("/api/v1/establishments/010000024")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("category", "territory"));
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "category", "355", "territory", "01"))
                .when().put("/api/v1/establishments/{finess}", "200000008")
                .then().statusCode(422)
                .body("errors[0].message", is("does not start with the code of a known département"));
    }

    @Test
    void shouldFilterTheRegisterByTerritoryCategoryAndName() {
        given().contentType(ContentType.JSON)
                .body(List.of(establishment("630780989", "CHU de Clermont-Ferrand (test)", "101", "63"),
                        establishment("630000479", "Pharmacie test Clermont", "620", "63"),
                        establishment("220000020", "Centre hospitalier de Saint-Brieuc (test)", "355", "22")))
                .when().post("/api/v1/establishments/batch")
                .then().statusCode(200).body("rejected", is(0));
        given().queryParam("territory", "R84").queryParam("size", 1000)
                .when().get("/api/v1/establishments")
                .then().statusCode(200)
                .body("items.finess", hasItem("630780989"))
                .body("items.finess", not(hasItem("220000020")));
        given().queryParam("category", "620").queryParam("territory", "63")
                .when().get("/api/v1/establishments")
                .then().body("items.finess", contains("630000479"));
        given().queryParam("name", "SAINT-BRIEUC")
                .when().get("/api/v1/establishments")
                .then().body("items.finess", contains("220000020"));
        given().queryParam("name", "%")
                .when().get("/api/v1/establishments")
                .then().statusCode(200).body("totalItems", is(0));
        given().queryParam("territory", "XX")
                .when().get("/api/v1/establishments")
                .then().statusCode(400).body("errors[0].field", is("territory"));
    }

    @Test
    void shouldRejectAWholeAtomicBatchWhenOneEstablishmentIsInvalid() {
        given().contentType(ContentType.JSON)
                .body(List.of(establishment("310781406", "CHU de Toulouse (test)", "101", "31"),
                        establishment("310000004", "Broken key", "101", "31"),
                        establishment("310781406", "Duplicate", "101", "31")))
                .when().post("/api/v1/establishments/batch")
                .then().statusCode(422)
                .body("errors.index", contains(1, 2))
                .body("errors.field", contains("finess", "finess"))
                .body("errors[1].message", is("repeats item 0 of this batch"));
        given().when().get("/api/v1/establishments/310781406").then().statusCode(404);
    }

    @Test
    void shouldKeepTheValidPartOfANonAtomicBatchAndCountEachOutcome() {
        put("250000015", "CHU de Besançon (test)", "101", "25", 201);
        put("370000481", "CHRU de Tours (test)", "101", "37", 201);
        given().contentType(ContentType.JSON).queryParam("atomic", false)
                .body(List.of(establishment("250000015", "CHU de Besançon (test)", "101", "25"),
                        establishment("370000481", "CHRU de Tours, renamed (test)", "101", "37"),
                        establishment("670780055", "Hôpitaux universitaires de Strasbourg (test)", "101", "67"),
                        establishment("670780056", "Wrong key", "101", "67")))
                .when().post("/api/v1/establishments/batch")
                .then().statusCode(200)
                .body("received", is(4)).body("created", is(1)).body("updated", is(1))
                .body("unchanged", is(1)).body("rejected", is(1))
                .body("errors.index", contains(3));
        given().when().get("/api/v1/establishments/670780055").then().statusCode(200);
        given().when().get("/api/v1/establishments/370000481")
                .then().body("name", is("CHRU de Tours, renamed (test)"));
    }

    @Test
    void shouldStoreNothingOnADryRun() {
        given().contentType(ContentType.JSON).queryParam("dryRun", true)
                .body(List.of(establishment("800000044", "CHU Amiens-Picardie (test)", "101", "80")))
                .when().post("/api/v1/establishments/batch")
                .then().statusCode(200)
                .body("dryRun", is(true)).body("created", is(1))
                .body("message", is("Dry run, nothing stored: 1 created, 0 updated, 0 unchanged, 0 rejected."));
        given().when().get("/api/v1/establishments/800000044").then().statusCode(404);
    }
}
