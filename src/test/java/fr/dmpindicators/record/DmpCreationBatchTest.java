package fr.dmpindicators.record;

import static fr.dmpindicators.Api.given;
import static fr.dmpindicators.record.Records.FLEYRIAT;
import static fr.dmpindicators.record.Records.cpam;
import static fr.dmpindicators.record.Records.record;
import static fr.dmpindicators.record.Records.storedOn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DmpCreationBatchTest {

    private static final String CSV_HEADER = "date,territory,channel,finess,practitionerType,created,alimented\n";

    private LocalDate day;

    @BeforeEach
    void giveThisTestItsOwnDay() {
        day = TestDates.unusedDay();
        Records.registerEstablishments();
    }

    private static ValidatableResponse pushJson(List<Map<String, Object>> records, Map<String, Object> flags) {
        return given().contentType(ContentType.JSON).queryParams(flags).body(records)
                .when().post("/api/v1/dmp-creations/batch")
                .then();
    }

    private static ValidatableResponse pushCsv(String csv, Map<String, Object> flags) {
        return given().contentType("text/csv").queryParams(flags).body(csv)
                .when().post("/api/v1/dmp-creations/batch")
                .then();
    }

    @Test
    void shouldCountCreatedUpdatedAndUnchangedExactly() {
        pushJson(List.of(cpam(day, "94", 10, 1), cpam(day, "22", 20, 2)), Map.of()).statusCode(200)
                .body("created", is(2)).body("updated", is(0)).body("unchanged", is(0)).body("rejected", is(0));
        pushJson(List.of(cpam(day, "94", 10, 1), cpam(day, "22", 21, 2), cpam(day, "80", 30, 3)), Map.of())
                .statusCode(200)
                .body("atomic", is(true)).body("dryRun", is(false))
                .body("received", is(3)).body("created", is(1)).body("updated", is(1)).body("unchanged", is(1))
                .body("rejected", is(0)).body("errors", empty())
                .body("message", is("1 created, 1 updated, 1 unchanged, 0 rejected."));
        given().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("territory", "22")
                .when().get("/api/v1/dmp-creations")
                .then().body("items.created", contains(21));
    }

    @Test
    void shouldChangeNothingWhenTheSameBatchIsSentAgainAndSaySo() {
        List<Map<String, Object>> batch = List.of(cpam(day, "94", 10, 1),
                record(day, "01", "ESTABLISHMENT", FLEYRIAT, null, 5, 5),
                record(day, "01", "PRACTITIONER", null, "GENERAL_PRACTITIONER", 3, 1));
        pushJson(batch, Map.of()).statusCode(200).body("created", is(3));
        String firstRecordedAt = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().extract().path("items[0].recordedAt");
        pushJson(batch, Map.of()).statusCode(200)
                .body("created", is(0)).body("updated", is(0)).body("unchanged", is(3))
                .body("message", is("Nothing changed: 0 created, 0 updated, 3 unchanged, 0 rejected."));
        given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations")
                .then().body("totalItems", is(3)).body("items[0].recordedAt", is(firstRecordedAt));
    }

    @Test
    void shouldRejectAWholeAtomicBatchListingEveryErrorAndStoreNothing() {
        List<Map<String, Object>> batch = List.of(cpam(day, "94", 10, 1), cpam(day, "99", 10, 1),
                cpam(day, "22", 10, 1), cpam(day, "22", 11, 1), cpam(day, "80", -1, 1));
        pushJson(batch, Map.of()).statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:validation"))
                .body("detail", is("3 errors; nothing was stored."))
                .body("errors.index", contains(1, 3, 4))
                .body("errors.field", contains("territory", "naturalKey", "created"))
                .body("errors[1].message", is("repeats item 2 of this batch"));
        assertEquals(0, storedOn(day), "an atomic batch with an error must store nothing");
    }

    @Test
    void shouldKeepTheValidRecordsWhenAskedForPartialAcceptance() {
        List<Map<String, Object>> batch = List.of(cpam(day, "94", 10, 1), cpam(day, "99", 10, 1),
                record(day, "01", "ESTABLISHMENT", "940110018", null, 1, 1), cpam(day, "22", 10, 1));
        pushJson(batch, Map.of("atomic", false)).statusCode(200)
                .body("atomic", is(false))
                .body("received", is(4)).body("created", is(2)).body("rejected", is(2))
                .body("errors.index", contains(1, 2))
                .body("errors.field", contains("territory", "finess"));
        assertEquals(2, storedOn(day));
    }

    @Test
    void shouldValidateAndCountWithoutStoringOnADryRun() {
        pushJson(List.of(cpam(day, "94", 10, 1)), Map.of()).statusCode(200);
        pushJson(List.of(cpam(day, "94", 11, 1), cpam(day, "75", 1, 1)), Map.of("dryRun", true)).statusCode(200)
                .body("dryRun", is(true)).body("created", is(1)).body("updated", is(1))
                .body("message", is("Dry run, nothing stored: 1 created, 1 updated, 0 unchanged, 0 rejected."));
        given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations")
                .then().body("totalItems", is(1)).body("items[0].created", is(10));
        pushJson(List.of(cpam(day, "99", 11, 1)), Map.of("dryRun", true)).statusCode(422);
    }

    @Test
    void shouldReadACsvBatchWithColumnsInAnyOrder() {
        String csv = "territory,date,channel,created,alimented,finess,practitionerType\n"
                + "94," + day + ",CPAM,312,41,,\n"
                + "01," + day + ",ESTABLISHMENT,25,25," + FLEYRIAT + ",\n"
                + "01," + day + ",PRACTITIONER,3,1,,PHARMACIST\n";
        pushCsv(csv, Map.of()).statusCode(200).body("created", is(3));
        given().queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("channel",
                "ESTABLISHMENT").when().get("/api/v1/dmp-creations")
                .then().body("items[0].finess", is(FLEYRIAT)).body("items[0].created", is(25));
    }

    @Test
    void shouldApplyTheSameRulesToCsvRowsWithTheirIndex() {
        String csv = CSV_HEADER + day + ",94,CPAM,,,1,1\n" + day + ",94,CPAM,,NURSE,1,1\n";
        pushCsv(csv, Map.of()).statusCode(422)
                .body("errors.index", contains(1)).body("errors.field", contains("practitionerType"));
        assertEquals(0, storedOn(day));
    }

    @Test
    void shouldRefuseACsvBodyWithUnreadableValuesWhole() {
        String csv = CSV_HEADER + day + ",94,CPAM,,,1,1\n" + day + ",22,CPAM,,,lots,1\n" + "yesterday,80,CPAM,,,1,1\n";
        pushCsv(csv, Map.of("atomic", false)).statusCode(400)
                .body("type", is("urn:dmp-indicators:problem:malformed-request"))
                .body("errors.index", contains(1, 2))
                .body("errors.field", contains("created", "date"));
        pushCsv("date,territory,chanel,created,alimented\n" + day + ",94,CPAM,1,1\n", Map.of()).statusCode(400)
                .body("errors[0].field", is("chanel")).body("errors[0].message", is("is not a known field"));
        assertEquals(0, storedOn(day));
    }

    @Test
    void shouldRefuseAJsonBatchWithAValueOfTheWrongTypeWhole() {
        pushJson(List.of(cpam(day, "94", 1, 1), record(day, "22", "CPAM", null, null, 1, "x")),
                Map.of("atomic", false)).statusCode(400)
                .body("errors[0].index", is(1)).body("errors[0].field", is("alimented"));
        given().contentType(ContentType.JSON).body("{\"not\":\"an array\"}")
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, storedOn(day));
    }

    @Test
    void shouldAcceptAnEmptyBatch() {
        pushJson(List.of(), Map.of()).statusCode(200).body("received", is(0))
                .body("message", is("Nothing changed: 0 created, 0 updated, 0 unchanged, 0 rejected."));
    }

    @Test
    void shouldStoreABatchOfTenThousandRecordsAndRefuseOneMore() {
        List<Map<String, Object>> batch = new ArrayList<>();
        List<String> departements = given().queryParam("level", "DEPARTEMENT").queryParam("size", 200)
                .when().get("/api/v1/territories").then().extract().path("items.code");
        LocalDate first = day;
        LocalDate current = day;
        while (batch.size() < 10_000) {
            for (String departement : departements) {
                for (String channel : List.of("CPAM", "PATIENT", "AUTOMATIC", "UNKNOWN")) {
                    if (batch.size() < 10_000) {
                        batch.add(record(current, departement, channel, null, null, batch.size() % 97, 1));
                    }
                }
            }
            current = TestDates.unusedDay();
        }
        pushJson(batch, Map.of()).statusCode(200).body("created", is(10_000)).body("rejected", is(0));
        given().queryParam("from", first.toString()).queryParam("to", current.toString())
                .when().get("/api/v1/dmp-creations").then().body("totalItems", is(10_000));
        batch.add(cpam(current, "94", 1, 1));
        pushJson(batch, Map.of()).statusCode(413)
                .body("type", is("urn:dmp-indicators:problem:payload-too-large"))
                .body("limit", is(10_000));
    }
}
