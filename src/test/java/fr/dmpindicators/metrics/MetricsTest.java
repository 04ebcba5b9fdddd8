package fr.dmpindicators.metrics;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.FinessKeys;
import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics at /q/metrics count what the service did: items written, refusals, indicator reads. */
@QuarkusTest
public class MetricsTest {

    /** The value of a counter with this tag at /q/metrics, 0 before it is first counted. */
    public static double counter(String name, String tag) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(tag)
                + "[^}]*\\} ([0-9.E+]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    @Test
    void shouldCountRecordsPushedByOutcome() {
        double created = counter("dmp_records_pushed_total", "outcome=\"created\"");
        double unchanged = counter("dmp_records_pushed_total", "outcome=\"unchanged\"");
        String day = TestDates.unusedDay().toString();
        List<Map<String, Object>> batch = List.of(
                Map.of("date", day, "territory", "21", "channel", "CPAM", "created", 3, "alimented", 1),
                Map.of("date", day, "territory", "58", "channel", "CPAM", "created", 4, "alimented", 1));
        given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200);
        assertEquals(created + 2, counter("dmp_records_pushed_total", "outcome=\"created\""));
        assertEquals(unchanged + 2, counter("dmp_records_pushed_total", "outcome=\"unchanged\""));
    }

    @Test
    void shouldCountWritesOfEverySubjectByOutcome() {
        String establishments = "outcome=\"created\",subject=\"establishment\"";
        String populations = "outcome=\"unchanged\",subject=\"reference-population\"";
        String deletions = "outcome=\"deleted\",subject=\"dmp-creation\"";
        double created = counter("dmp_writes_total", establishments);
        double unchanged = counter("dmp_writes_total", populations);
        double deleted = counter("dmp_writes_total", deletions);
        String finess = FinessKeys.withKey("21009901");
        given().contentType(ContentType.JSON).body(Map.of("name", "Metrics test", "category", "620",
                "territory", "21")).when().put("/api/v1/establishments/{finess}", finess).then().statusCode(201);
        Map<String, Object> population = Map.of("population", 530_000, "source", "metrics test");
        for (int put = 0; put < 3; put++) {
            given().contentType(ContentType.JSON).body(population)
                    .when().put("/api/v1/territories/21/populations/2009").then().statusCode(put == 0 ? 201 : 200);
        }
        int id = given().contentType(ContentType.JSON).body(Map.of("date", TestDates.unusedDay().toString(),
                "territory", "21", "channel", "CPAM", "created", 1, "alimented", 0))
                .when().post("/api/v1/dmp-creations").then().statusCode(201).extract().path("id");
        given().when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204);
        assertEquals(created + 1, counter("dmp_writes_total", establishments));
        assertEquals(unchanged + 2, counter("dmp_writes_total", populations));
        assertEquals(deleted + 1, counter("dmp_writes_total", deletions));
    }

    @Test
    void shouldCountRefusalsAndIndicatorReads() {
        double refused = counter("dmp_problems_total", "type=\"validation\"");
        double reads = counter("dmp_indicator_reads_total", "indicator=\"coverage\"");
        given().contentType(ContentType.JSON)
                .body(Map.of("date", "2018-01-01", "territory", "99", "channel", "CPAM", "created", 1, "alimented", 0))
                .when().post("/api/v1/dmp-creations").then().statusCode(422);
        given().when().get("/api/v1/indicators/coverage?territory=21").then().statusCode(200);
        assertEquals(refused + 1, counter("dmp_problems_total", "type=\"validation\""));
        assertEquals(reads + 1, counter("dmp_indicator_reads_total", "indicator=\"coverage\""));
    }

    @Test
    void shouldExposeHttpJvmAndPoolMetrics() {
        given().when().get("/api/v1/channels").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("agroal_"));
    }
}
