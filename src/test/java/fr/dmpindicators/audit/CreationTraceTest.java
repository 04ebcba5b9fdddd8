package fr.dmpindicators.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import fr.dmpindicators.record.DmpCreationRegister;
import fr.dmpindicators.record.NaturalKey;
import fr.dmpindicators.record.RecordCounts;
import fr.dmpindicators.source.Channel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A record's creation traced by the record itself (decision 25): the trail answers the creation entries of records
 * as it did when each was a row of {@code audit_entry}, while the database holds one {@code audit_write} row per
 * write that creates records and no {@code audit_entry} row for their creation.
 */
@QuarkusTest
class CreationTraceTest {

    private static final String PRODUCER = TestTokens.producer("R28");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    DmpCreationRegister register;

    private static Map<String, Object> cpam(String date, long created, long alimented) {
        return Map.of("date", date, "territory", "14", "channel", "CPAM", "created", created,
                "alimented", alimented);
    }

    private static String key(String date) {
        return date + "|14|CPAM||";
    }

    private static String counts(long created, long alimented) {
        return "{\"alimented\":" + alimented + ",\"created\":" + created + "}";
    }

    private static ValidatableResponse push(String token, String requestId, Object body, String path) {
        return given().auth().oauth2(token).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(body).when().post(path).then();
    }

    private static JsonPath trail(Map<String, ?> filters) {
        return given().auth().oauth2(TestTokens.admin()).queryParams(filters).queryParam("size", 100)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long writes(String requestId) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_write WHERE request_id = ?", requestId);
    }

    private long entryRows(String requestId) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", requestId);
    }

    private long recordId(String date) {
        return given().queryParam("from", date).queryParam("to", date).queryParam("territory", "14")
                .when().get("/api/v1/dmp-creations").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    @Test
    void aBatchsCreationEntriesCarryItsActorClientRequestAndTheRecordsFirstCounts() throws SQLException {
        List<String> days = List.of(TestDates.unusedDay().toString(), TestDates.unusedDay().toString(),
                TestDates.unusedDay().toString());
        String requestId = "creations-" + days.get(0);
        push(PRODUCER, requestId, List.of(cpam(days.get(0), 10, 1), cpam(days.get(1), 0, 0),
                cpam(days.get(2), 100_000_000, 99_999_999)), "/api/v1/dmp-creations/batch")
                .statusCode(200).body("created", is(3));

        JsonPath entries = trail(Map.of("requestId", requestId));
        assertEquals(3, entries.getInt("totalItems"));
        assertEquals(List.of("CREATE", "CREATE", "CREATE"), entries.getList("items.action"));
        assertEquals(List.of("DMP_CREATION", "DMP_CREATION", "DMP_CREATION"), entries.getList("items.entity"));
        assertEquals(List.of("test-producer-R28", "test-producer-R28", "test-producer-R28"),
                entries.getList("items.actor"));
        assertEquals(List.of("test-client", "test-client", "test-client"), entries.getList("items.client"));
        assertEquals(List.of(requestId, requestId, requestId), entries.getList("items.requestId"));
        assertEquals(1, entries.getList("items.occurredAt").stream().distinct().count());
        // Newest first, then by id descending: the batch's last record first.
        assertEquals(List.of(key(days.get(2)), key(days.get(1)), key(days.get(0))), entries.getList("items.key"));
        assertEquals(List.of(counts(100_000_000, 99_999_999), counts(0, 0), counts(10, 1)),
                entries.getList("items.after"));
        assertEquals(3, entries.getList("items.before").stream().filter(v -> v == null).count());
        assertEquals(List.of(recordId(days.get(2)), recordId(days.get(1)), recordId(days.get(0))),
                entries.getList("items.id", Long.class));

        assertEquals(1, writes(requestId));
        assertEquals(0, entryRows(requestId), "no audit_entry row for a record's creation");
    }

    @Test
    void theCreationEntryStaysAsItWasAfterUpdatesAndIsKeptWithTheDeletion() throws SQLException {
        String day = TestDates.unusedDay().toString();
        push(PRODUCER, "create-" + day, cpam(day, 10, 1), "/api/v1/dmp-creations").statusCode(201);
        JsonPath created = trail(Map.of("key", key(day)));
        assertEquals(1, created.getInt("totalItems"));
        Map<String, Object> creation = created.getMap("items[0]");
        assertEquals(counts(10, 1), creation.get("after"));
        assertEquals(0, entryRows("create-" + day));

        push(PRODUCER, "update-" + day, cpam(day, 12, 1), "/api/v1/dmp-creations").statusCode(200);
        push(PRODUCER, "again-" + day, cpam(day, 15, 4), "/api/v1/dmp-creations").statusCode(200);
        JsonPath updated = trail(Map.of("key", key(day)));
        assertEquals(List.of("UPDATE", "UPDATE", "CREATE"), updated.getList("items.action"));
        assertEquals(creation, updated.getMap("items[2]"));
        assertEquals(counts(10, 1), updated.getString("items[1].before"));
        assertEquals(counts(12, 1), updated.getString("items[1].after"));
        assertEquals(counts(15, 4), updated.getString("items[0].after"));

        long id = recordId(day);
        assertEquals(id, ((Number) creation.get("id")).longValue());
        given().auth().oauth2(PRODUCER).header("X-Request-Id", "delete-" + day)
                .when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204);
        JsonPath deleted = trail(Map.of("key", key(day)));
        assertEquals(List.of("DELETE", "UPDATE", "UPDATE", "CREATE"), deleted.getList("items.action"));
        assertEquals(creation, deleted.getMap("items[3]"));
        assertEquals(counts(15, 4), deleted.getString("items[0].before"));
        assertEquals(null, deleted.getString("items[0].after"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE id = ? AND action = 'CREATE'", id),
                "the creation entry copied into audit_entry before the record went");
        assertEquals(0, count("SELECT COUNT(*) FROM dmp_creation WHERE id = ?", id));
        assertIdsUnique();
    }

    @Test
    void idsAreUniqueAcrossTheTrail() throws SQLException {
        String day = TestDates.unusedDay().toString();
        String other = TestDates.unusedDay().toString();
        push(PRODUCER, "mixed-a-" + day, List.of(cpam(day, 1, 0)), "/api/v1/dmp-creations/batch").statusCode(200);
        push(PRODUCER, "mixed-b-" + day, List.of(cpam(day, 2, 0), cpam(other, 3, 0)),
                "/api/v1/dmp-creations/batch").statusCode(200).body("created", is(1)).body("updated", is(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("population", 700_001, "source", "creation trace test"))
                .when().put("/api/v1/territories/14/populations/2004").then().statusCode(201);
        JsonPath mixed = trail(Map.of("requestId", "mixed-b-" + day));
        assertEquals(2, mixed.getInt("totalItems"));
        assertEquals(List.of("UPDATE", "CREATE"), mixed.getList("items.action"));
        assertEquals(1, mixed.getList("items.occurredAt").stream().distinct().count(),
                "a write's entries, its creations among them, carry one instant");
        assertIdsUnique();
    }

    private void assertIdsUnique() throws SQLException {
        assertEquals(count("SELECT COUNT(*) FROM audit_trail"),
                count("SELECT COUNT(*) FROM (SELECT DISTINCT id FROM audit_trail) ids"));
        assertEquals(0, count("SELECT COUNT(*) FROM dmp_creation r JOIN audit_entry e ON e.id = r.id"
                + " WHERE r.write_id IS NOT NULL"));
    }

    @Test
    void everyFilterFindsTheCreationEntries() {
        LocalDate date = TestDates.unusedDay();
        String day = date.toString();
        String actor = "creation-trace-" + day;
        String token = TestTokens.sign(TestTokens.claims(actor, "producer", List.of("R28")));
        String requestId = "filters-" + day;
        push(token, requestId, List.of(cpam(day, 4, 2)), "/api/v1/dmp-creations/batch").statusCode(200)
                .body("created", is(1));

        JsonPath byKey = trail(Map.of("entity", "DMP_CREATION", "key", key(day)));
        assertEquals(1, byKey.getInt("totalItems"));
        long id = byKey.getLong("items[0].id");
        assertEquals(List.of(id), trail(Map.of("key", key(day))).getList("items.id", Long.class));
        assertEquals(List.of(id), trail(Map.of("requestId", requestId)).getList("items.id", Long.class));
        assertEquals(List.of(id), trail(Map.of("actor", actor)).getList("items.id", Long.class));
        assertEquals(0, trail(Map.of("actor", actor, "entity", "ESTABLISHMENT")).getInt("totalItems"));
        LocalDate written = OffsetDateTime.parse(byKey.getString("items[0].occurredAt"))
                .atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        assertEquals(List.of(id), trail(Map.of("actor", actor, "from", written.toString(), "to",
                written.toString())).getList("items.id", Long.class));
        assertEquals(0, trail(Map.of("actor", actor, "to", written.minusDays(1).toString())).getInt("totalItems"));
        assertEquals(0, trail(Map.of("actor", actor, "from", written.plusDays(1).toString())).getInt("totalItems"));
        JsonPath newest = trail(Map.of("from", written.toString()));
        assertTrue(newest.getList("items.id", Long.class).contains(id) || newest.getInt("totalItems") > 100,
                newest.prettify());
    }

    @Test
    void aDryRunARefusedAtomicBatchAndAnUnchangedResendStoreNoWrite() throws SQLException {
        String day = TestDates.unusedDay().toString();
        given().auth().oauth2(PRODUCER).header("X-Request-Id", "dry-" + day).contentType(ContentType.JSON)
                .queryParam("dryRun", true).body(List.of(cpam(day, 3, 0)))
                .when().post("/api/v1/dmp-creations/batch").then().statusCode(200).body("created", is(1));
        push(PRODUCER, "refused-" + day, List.of(cpam(day, 1, 0), Map.of("date", day, "territory", "99",
                "channel", "CPAM", "created", 1, "alimented", 0)), "/api/v1/dmp-creations/batch").statusCode(422);
        push(PRODUCER, "first-" + day, List.of(cpam(day, 5, 0)), "/api/v1/dmp-creations/batch").statusCode(200);
        push(PRODUCER, "resend-" + day, List.of(cpam(day, 5, 0)), "/api/v1/dmp-creations/batch").statusCode(200)
                .body("unchanged", is(1));
        push(PRODUCER, "update-only-" + day, List.of(cpam(day, 6, 0)), "/api/v1/dmp-creations/batch")
                .statusCode(200).body("updated", is(1));
        for (String none : List.of("dry-", "refused-", "resend-", "update-only-")) {
            assertEquals(0, writes(none + day), none);
        }
        assertEquals(0, entryRows("dry-" + day) + entryRows("refused-" + day) + entryRows("resend-" + day));
        assertEquals(1, entryRows("update-only-" + day));
        assertEquals(1, writes("first-" + day));
        assertEquals(0, entryRows("first-" + day));
    }

    /** The view writes a creation's values as AuditTrail writes any other entry's: Jackson over a sorted map. */
    @Test
    void theViewsCreationValuesAreTheJsonTheTrailWrites() throws Exception {
        long[][] pairs = {{0, 0}, {1, 0}, {7, 3}, {10, 10}, {123_456, 99_999}, {100_000_000, 100_000_000}};
        List<Map<String, Object>> body = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (long[] pair : pairs) {
            String day = TestDates.unusedDay().toString();
            days.add(day);
            body.add(cpam(day, pair[0], pair[1]));
        }
        push(PRODUCER, "json-" + days.get(0), body, "/api/v1/dmp-creations/batch").statusCode(200)
                .body("created", is(pairs.length));
        for (int i = 0; i < pairs.length; i++) {
            RecordCounts counts = new RecordCounts(new NaturalKey(LocalDate.parse(days.get(i)), "14", Channel.CPAM,
                    null, null), pairs[i][0], pairs[i][1]);
            String written = json.writeValueAsString(new TreeMap<>(register.description(counts)));
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT after_value FROM audit_trail WHERE entity_key = ?")) {
                statement.setString(1, key(days.get(i)));
                try (ResultSet rs = statement.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(written, rs.getString(1));
                }
            }
        }
    }

    @Test
    void anImportsCreationsAreTracedUnderItsRequestId() throws Exception {
        String first = TestDates.unusedDay().toString();
        String second = TestDates.unusedDay().toString();
        String csv = "date,territory,channel,finess,practitionerType,created,alimented\n" + first
                + ",14,CPAM,,,8,2\n" + second + ",14,CPAM,,,9,0\n";
        String location = given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(202)
                .extract().header("Location");
        String job = location.substring(location.indexOf("/api/v1/imports/"));
        JsonPath ended = null;
        for (int i = 0; i < 300 && ended == null; i++) {
            JsonPath answer = given().auth().oauth2(TestTokens.admin()).get(job).then().statusCode(200).extract()
                    .jsonPath();
            if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(answer.getString("status"))) {
                ended = answer;
            } else {
                Thread.sleep(100);
            }
        }
        assertEquals("SUCCEEDED", ended.getString("status"), ended.prettify());
        String requestId = ended.getString("auditRequestId");
        assertTrue(requestId.startsWith("import-"), requestId);
        JsonPath entries = trail(Map.of("requestId", requestId));
        assertEquals(List.of(key(second), key(first)), entries.getList("items.key"));
        assertEquals(List.of(counts(9, 0), counts(8, 2)), entries.getList("items.after"));
        assertEquals(List.of("test-admin", "test-admin"), entries.getList("items.actor"));
        assertEquals(1, writes(requestId));
        assertEquals(0, entryRows(requestId));
    }

    @Test
    void establishmentsPopulationsAndObjectivesKeepTheirRows() throws SQLException {
        String requestId = "population-" + TestDates.unusedDay();
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("population", 700_002, "source", "creation trace test"))
                .when().put("/api/v1/territories/14/populations/2005").then().statusCode(201);
        assertEquals(1, entryRows(requestId));
        assertEquals(0, writes(requestId));
        given().auth().oauth2(TestTokens.admin()).queryParam("requestId", requestId).when().get("/api/v1/audit")
                .then().statusCode(200).body("items.action", contains("CREATE")).body("items.before",
                        everyItem(nullValue()));
    }
}
