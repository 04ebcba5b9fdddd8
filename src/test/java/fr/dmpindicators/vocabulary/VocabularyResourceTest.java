package fr.dmpindicators.vocabulary;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabularyResourceTest {

    @Test
    void shouldListTheSixChannelsWithTheFieldsEachNeeds() {
        given().when().get("/api/v1/channels")
                .then().statusCode(200)
                .body("code", contains("ESTABLISHMENT", "PRACTITIONER", "CPAM", "PATIENT", "AUTOMATIC", "UNKNOWN"))
                .body("find { it.code == 'ESTABLISHMENT' }.finess", is("REQUIRED"))
                .body("find { it.code == 'ESTABLISHMENT' }.practitionerType", is("FORBIDDEN"))
                .body("find { it.code == 'PRACTITIONER' }.finess", is("OPTIONAL"))
                .body("find { it.code == 'PRACTITIONER' }.practitionerType", is("REQUIRED"))
                .body("find { it.code == 'CPAM' }.finess", is("FORBIDDEN"));
    }

    @Test
    void shouldMapPractitionerTypesToRppsProfessionCodes() {
        given().when().get("/api/v1/practitioner-types")
                .then().statusCode(200)
                .body("code", contains("GENERAL_PRACTITIONER", "SPECIALIST_PHYSICIAN", "PHARMACIST", "NURSE",
                        "MIDWIFE", "DENTIST", "PHYSIOTHERAPIST", "OTHER"))
                .body("find { it.code == 'GENERAL_PRACTITIONER' }.rppsProfessionCode", is("10"))
                .body("find { it.code == 'GENERAL_PRACTITIONER' }.rppsSpecialtyCodes",
                        containsInAnyOrder("SM54", "SM53", "SM26"))
                .body("find { it.code == 'PHARMACIST' }.rppsProfessionCode", is("21"))
                .body("find { it.code == 'DENTIST' }.rppsProfessionCode", is("40"))
                .body("find { it.code == 'MIDWIFE' }.rppsProfessionCode", is("50"))
                .body("find { it.code == 'NURSE' }.rppsProfessionCode", is("60"))
                .body("find { it.code == 'PHYSIOTHERAPIST' }.rppsProfessionCode", is("70"));
    }

    @Test
    void shouldListTheEstablishmentCategoriesOfTheDomain() {
        given().when().get("/api/v1/establishment-categories")
                .then().statusCode(200)
                .body("code", containsInAnyOrder("101", "355", "106", "131", "292", "128", "129", "365", "500",
                        "620", "124", "603"));
    }
}
