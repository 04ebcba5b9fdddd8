package fr.dmpindicators.record;

import static fr.dmpindicators.Api.given;
import static fr.dmpindicators.record.Records.FLEYRIAT;
import static fr.dmpindicators.record.Records.PHARMACY;
import static fr.dmpindicators.record.Records.cpam;
import static fr.dmpindicators.record.Records.record;
import static fr.dmpindicators.record.Records.storedOn;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DmpCreationResourceTest {

    private LocalDate day;

    @BeforeEach
    void giveThisTestItsOwnDay() {
        day = TestDates.unusedDay();
        Records.registerEstablishments();
    }

    private static ValidatableResponse push(Map<String, Object> record) {
        return given().contentType(ContentType.JSON).body(record)
                .when().post("/api/v1/dmp-creations")
                .then();
    }

    @Test
    void shouldCreateARecordThenReplaceItsCountsRatherThanAddToThem() {
        ExtractableResponse<Response> first = push(cpam(day, "94", 312, 41)).statusCode(201).extract();
        int id = first.path("id");
        assertThat(first.header("Location"), endsWith("/api/v1/dmp-creations/" + id));
        push(cpam(day, "94", 312, 41)).statusCode(200).body("id", is(id)).body("created", is(312));
        push(cpam(day, "94", 400, 50)).statusCode(200).body("id", is(id)).body("created", is(400));
        given().when().get("/api/v1/dmp-creations/{id}", id)
                .then().statusCode(200)
                .body("created", is(400)).body("alimented", is(50))
                .body("date", is(day.toString())).body("territory", is("94")).body("channel", is("CPAM"))
                .body("recordedAt", notNullValue());
        assertEquals(1, storedOn(day), "a replaced record must not be stored twice");
    }

    @Test
    void shouldKeepRecordsApartWhenAnyPartOfTheirKeyDiffers() {
        push(cpam(day, "94", 1, 0)).statusCode(201);
        push(cpam(day, "22", 1, 0)).statusCode(201);
        push(record(day, "94", "PATIENT", null, null, 1, 0)).statusCode(201);
        push(record(day, "01", "ESTABLISHMENT", FLEYRIAT, null, 1, 1)).statusCode(201);
        push(record(day, "01", "PRACTITIONER", null, "PHARMACIST", 1, 0)).statusCode(201);
        push(record(day, "01", "PRACTITIONER", PHARMACY, "PHARMACIST", 1, 0)).statusCode(201);
        push(record(day, "01", "PRACTITIONER", null, "NURSE", 1, 0)).statusCode(201);
        push(record(day, "01", "PRACTITIONER", null, "NURSE", 2, 0)).statusCode(200);
        assertEquals(7, storedOn(day));
    }

    @Test
    void shouldAcceptZeroCountsAndTheDayOfTheLaw() {
        push(cpam(LocalDate.of(2004, 8, 13), "75", 0, 0)).statusCode(anyOf(is(200), is(201)));
        push(cpam(day, "75", 0, 0)).statusCode(201).body("created", is(0)).body("alimented", is(0));
    }

    @Test
    void shouldRefuseEachBrokenRuleAndStoreNothing() {
        assertRefused(cpam(LocalDate.now().plusDays(2), "94", 1, 1), "date", "must not be in the future");
        assertRefused(cpam(LocalDate.of(2004, 8, 12), "94", 1, 1), "date",
                "must not be before 2004-08-13 (the DMP law)");
        assertRefused(cpam(day, "99", 1, 1), "territory", "is not a known département");
        assertRefused(cpam(day, "R11", 1, 1), "territory", "is not a known département");
        assertRefused(cpam(day, "FR", 1, 1), "territory", "is not a known département");
        assertRefused(cpam(day, "94", -1, 1), "created", "must be greater than or equal to 0");
        assertRefused(cpam(day, "94", 1, -5), "alimented", "must be greater than or equal to 0");
        assertRefused(cpam(day, "94", 100_000_001, 1), "created", "must be less than or equal to 100000000");
        assertRefused(record(day, "01", "ESTABLISHMENT", null, null, 1, 1), "finess",
                "is required for the channel ESTABLISHMENT");
        assertRefused(record(day, "01", "ESTABLISHMENT", FLEYRIAT, "NURSE", 1, 1), "practitionerType",
                "must be absent for the channel ESTABLISHMENT");
        assertRefused(record(day, "01", "PRACTITIONER", null, null, 1, 1), "practitionerType",
                "is required for the channel PRACTITIONER");
        assertRefused(record(day, "01", "CPAM", FLEYRIAT, null, 1, 1), "finess",
                "must be absent for the channel CPAM");
        assertRefused(record(day, "01", "PATIENT", null, "NURSE", 1, 1), "practitionerType",
                "must be absent for the channel PATIENT");
        assertRefused(record(day, "94", "ESTABLISHMENT", "940110018", null, 1, 1), "finess",
                "is not a registered establishment (register it first)");
        assertRefused(record(day, "94", "CPAM", null, null, null, 1), "created", "must not be null");
        assertRefused(record(null, "94", "CPAM", null, null, 1, 1), "date", "must not be null");
        assertEquals(0, storedOn(day));
    }

    private static void assertRefused(Map<String, Object> record, String field, String message) {
        push(record).statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:validation"))
                .body("status", is(422))
                .body("errors.field", contains(field))
                .body("errors[0].message", is(message));
    }

    @Test
    void shouldListEveryOffendingFieldAtOnce() {
        push(record(LocalDate.of(2001, 1, 1), "99", "CPAM", FLEYRIAT, null, -1, -1)).statusCode(422)
                .body("errors.field", containsInAnyOrder("alimented", "created", "date", "territory", "finess"))
                .body("detail", is("5 errors; nothing was stored."));
    }

    @Test
    void shouldRefuseValuesOfTheWrongTypeAsUnreadable() {
        Map<String, Object> record = record(day, "94", "CPAM", null, null, "many", 1);
        push(record).statusCode(400)
                .body("type", is("urn:dmp-indicators:problem:malformed-request"))
                .body("errors[0].field", is("created"));
        push(record(day, "94", "TELEPATHY", null, null, 1, 1)).statusCode(400)
                .body("errors[0].field", is("channel"))
                .body("errors[0].message", is("must be one of [ESTABLISHMENT, PRACTITIONER, CPAM, PATIENT, AUTOMATIC,"
                        + " UNKNOWN]"));
        push(record(day, "94", "CPAM", null, null, new BigInteger("99999999999999999999999"), 1))
                .statusCode(400).body("errors[0].field", is("created"));
        Map<String, Object> badDate = cpam(day, "94", 1, 1);
        badDate.put("date", "2018-02-30");
        push(badDate).statusCode(400).body("errors[0].field", is("date"));
        assertEquals(0, storedOn(day));
    }

    @Test
    void shouldFilterAndPageTheStoredRecords() {
        push(cpam(day, "94", 10, 1)).statusCode(201);
        push(cpam(day, "75", 20, 2)).statusCode(201);
        push(cpam(day, "22", 30, 3)).statusCode(201);
        push(record(day, "01", "PRACTITIONER", PHARMACY, "PHARMACIST", 40, 4)).statusCode(201);
        String today = day.toString();
        given().queryParam("from", today).queryParam("to", today).queryParam("territory", "R11")
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.territory", contains("75", "94"));
        given().queryParam("from", today).queryParam("to", today).queryParam("channel", "PRACTITIONER")
                .queryParam("practitionerType", "PHARMACIST").queryParam("finess", PHARMACY)
                .when().get("/api/v1/dmp-creations")
                .then().body("items.created", contains(40));
        given().queryParam("from", today).queryParam("to", today).queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/v1/dmp-creations")
                .then().body("totalItems", is(4)).body("totalPages", is(2)).body("items", hasSize(1));
        given().queryParam("territory", "ZZ")
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(400).body("errors[0].field", is("territory"));
        given().queryParam("size", 1001)
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(400).body("errors[0].field", is("size"));
        given().queryParam("from", "yesterday")
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldDeleteARecord() {
        int id = push(cpam(day, "94", 10, 1)).statusCode(201).extract().path("id");
        given().when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204);
        given().when().get("/api/v1/dmp-creations/{id}", id).then().statusCode(404)
                .body("detail", is("No DMP creation record has the id " + id + "."));
        given().when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(404);
        assertEquals(0, storedOn(day));
    }
}
