package fr.dmpindicators.metrics;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics at /q/metrics count what the service did: records pushed, refusals, indicator reads. */
@QuarkusTest
class MetricsTest {

    private static double counter(String name, String tag) {
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
