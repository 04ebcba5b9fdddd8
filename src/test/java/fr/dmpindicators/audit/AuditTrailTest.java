package fr.dmpindicators.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail holds exactly one entry per effective change, with who, when, what it replaced. */
@QuarkusTest
class AuditTrailTest {

    private static final String PRODUCER = TestTokens.producer("R28");

    private static Map<String, Object> cpam(String date, long created, long alimented) {
        return Map.of("date", date, "territory", "14", "channel", "CPAM", "created", created,
                "alimented", alimented);
    }

    private static ValidatableResponse push(Object body, String path) {
        return given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    private static ValidatableResponse trail(Map<String, ?> filters) {
        return given().auth().oauth2(TestTokens.admin()).queryParams(filters)
                .when().get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void shouldTraceEachEffectiveChangeOnceAndNoOpsNever() {
        String day = TestDates.unusedDay().toString();
        String key = day + "|14|CPAM||";
        push(cpam(day, 10, 1), "/api/v1/dmp-creations").statusCode(201);
        push(cpam(day, 10, 1), "/api/v1/dmp-creations").statusCode(200);
        push(cpam(day, 12, 1), "/api/v1/dmp-creations").statusCode(200);
        push(List.of(cpam(day, 12, 1)), "/api/v1/dmp-creations/batch").statusCode(200).body("unchanged", is(1));
        trail(Map.of("entity", "DMP_CREATION", "key", key))
                .body("totalItems", is(2))
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].before", is("{\"alimented\":1,\"created\":10}"))
                .body("items[0].after", is("{\"alimented\":1,\"created\":12}"))
                .body("items[1].before", nullValue())
                .body("items[0].actor", is("test-producer-R28"))
                .body("items[0].client", is("test-client"));
        int id = given().queryParam("from", day).queryParam("to", day).when().get("/api/v1/dmp-creations")
                .then().extract().path("items[0].id");
        given().auth().oauth2(PRODUCER).when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204);
        trail(Map.of("key", key)).body("totalItems", is(3)).body("items[0].action", is("DELETE"))
                .body("items[0].after", nullValue()).body("items[0].before", is("{\"alimented\":1,\"created\":12}"));
    }

    @Test
    void shouldFileABatchsChangesUnderItsRequestId() {
        String first = TestDates.unusedDay().toString();
        String second = TestDates.unusedDay().toString();
        push(List.of(cpam(first, 1, 0)), "/api/v1/dmp-creations/batch").statusCode(200);
        String requestId = push(List.of(cpam(first, 1, 0), cpam(second, 2, 0)), "/api/v1/dmp-creations/batch")
                .statusCode(200).body("created", is(1)).body("unchanged", is(1))
                .extract().path("auditRequestId");
        trail(Map.of("requestId", requestId)).body("totalItems", is(1))
                .body("items[0].key", is(second + "|14|CPAM||"));
        String chosen = "producer-run-" + second;
        given().auth().oauth2(PRODUCER).header("X-Request-Id", chosen).contentType(ContentType.JSON)
                .queryParam("dryRun", true).body(List.of(cpam(second, 3, 0)))
                .when().post("/api/v1/dmp-creations/batch").then().statusCode(200)
                .body("auditRequestId", is(chosen));
        trail(Map.of("requestId", chosen)).body("totalItems", is(0));
    }

    /** from and to are UTC days, both included: an entry is found on the day it was written, not beside it. */
    @Test
    void shouldFindAnEntryByTheDayItWasWritten() {
        String requestId = "audit-days-" + TestDates.unusedDay();
        given().auth().oauth2(PRODUCER).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(cpam(TestDates.unusedDay().toString(), 5, 0)).when().post("/api/v1/dmp-creations")
                .then().statusCode(201);
        String occurredAt = trail(Map.of("requestId", requestId)).body("totalItems", is(1))
                .extract().path("items[0].occurredAt");
        LocalDate day = OffsetDateTime.parse(occurredAt).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        trail(Map.of("requestId", requestId, "from", day.toString(), "to", day.toString()))
                .body("totalItems", is(1));
        trail(Map.of("requestId", requestId, "to", day.minusDays(1).toString())).body("totalItems", is(0));
        trail(Map.of("requestId", requestId, "from", day.plusDays(1).toString())).body("totalItems", is(0));
    }

    @Test
    void shouldTraceRefusedNothing() {
        String day = TestDates.unusedDay().toString();
        push(List.of(cpam(day, 1, 0), Map.of("date", day, "territory", "99", "channel", "CPAM", "created", 1,
                "alimented", 0)), "/api/v1/dmp-creations/batch").statusCode(422);
        trail(Map.of("key", day + "|14|CPAM||")).body("totalItems", is(0));
    }

    @Test
    void shouldTracePopulationsAndEstablishmentsWithTheirAuthor() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("population", 700_000, "source", "audit test"))
                .when().put("/api/v1/territories/14/populations/2012").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("population", 700_000, "source", "audit test"))
                .when().put("/api/v1/territories/14/populations/2012").then().statusCode(200);
        trail(Map.of("entity", "REFERENCE_POPULATION", "key", "14|2012"))
                .body("totalItems", is(1)).body("items[0].actor", is("test-admin"))
                .body("items[0].after", is("{\"population\":700000,\"source\":\"audit test\"}"));
    }
}
