package fr.dmpindicators.record;

import static fr.dmpindicators.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several producers push batches over the same natural keys at once, as replicas of the service would: every push
 * succeeds, no key is stored twice, each key ends with the counts of one of the batches, and the totals that
 * indicators read equal the sum of the stored records (no lost update).
 */
@QuarkusTest
class ConcurrentPushTest {

    private static final int CLIENTS = 8;
    private static final List<String> DEPARTEMENTS = List.of("75", "77", "78", "91", "92", "93", "94", "95");

    private static List<Map<String, Object>> batch(List<LocalDate> days, int client) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (LocalDate day : days) {
            for (String departement : DEPARTEMENTS) {
                Map<String, Object> record = new HashMap<>();
                record.put("date", day.toString());
                record.put("territory", departement);
                record.put("channel", "CPAM");
                record.put("created", 1000 * client + day.getDayOfMonth());
                record.put("alimented", client);
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void shouldEndWithOneRowPerKeyAndTotalsInStepUnderConcurrentPushes() throws Exception {
        List<LocalDate> days = List.of(TestDates.unusedDay(), TestDates.unusedDay(), TestDates.unusedDay());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Integer>> pushes = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int client = 1; client <= CLIENTS; client++) {
                    List<Map<String, Object>> records = batch(days, client);
                    pushes.add(() -> given().contentType(ContentType.JSON).body(records)
                            .when().post("/api/v1/dmp-creations/batch").then().extract().statusCode());
                }
            }
            for (Future<Integer> status : pool.invokeAll(pushes)) {
                assertEquals(200, status.get(), "a concurrent push must never fail");
            }
        } finally {
            pool.shutdownNow();
        }
        String from = days.get(0).toString();
        String to = days.get(days.size() - 1).toString();
        List<Map<String, Object>> stored = given().queryParam("territory", "R11").queryParam("from", from)
                .queryParam("to", to).queryParam("size", 1000)
                .when().get("/api/v1/dmp-creations").then().statusCode(200).extract().path("items");
        assertEquals(days.size() * DEPARTEMENTS.size(), stored.size(), "one row per natural key");
        long createdInRecords = 0;
        for (Map<String, Object> record : stored) {
            int created = (Integer) record.get("created");
            int client = (Integer) record.get("alimented");
            assertEquals(1000 * client + LocalDate.parse((String) record.get("date")).getDayOfMonth(), created,
                    "each key holds the counts of one whole push");
            createdInRecords += created;
        }
        long createdInTotals = given().queryParam("territory", "R11").queryParam("from", from)
                .queryParam("asOf", to).when().get("/api/v1/indicators/coverage")
                .then().statusCode(200).extract().jsonPath().getLong("numerator");
        assertEquals(createdInRecords, createdInTotals, "the totals read by indicators match the stored records");
    }
}
