package fr.dmpindicators.objective;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds objectives as clients send them, creates them, and pushes the DMP creation records progress reads. */
final class Objectives {

    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

    private Objectives() {
    }

    /** A request whose decimal numbers are read as doubles, not floats, so figures compare to full precision. */
    static RequestSpecification api() {
        return given().config(DOUBLES);
    }

    static Map<String, Object> objective(String territory, String metric, Object targetValue, LocalDate startDate,
            LocalDate dueDate, String label) {
        Map<String, Object> body = new HashMap<>();
        body.put("territory", territory);
        body.put("metric", metric);
        body.put("targetValue", targetValue);
        body.put("startDate", startDate == null ? null : startDate.toString());
        body.put("dueDate", dueDate == null ? null : dueDate.toString());
        body.put("label", label);
        body.values().removeIf(value -> value == null);
        return body;
    }

    /** Creates the objective and answers its id. */
    static long create(Map<String, Object> objective) {
        return api().contentType(ContentType.JSON).body(objective)
                .when().post("/api/v1/objectives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> revision(Object targetValue, String reason, LocalDate effectiveDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetValue", targetValue);
        body.put("reason", reason);
        body.put("effectiveDate", effectiveDate == null ? null : effectiveDate.toString());
        body.values().removeIf(value -> value == null);
        return body;
    }

    /** Pushes one CPAM record; pushing it again replaces it with the same counts, so reruns are harmless. */
    static void pushCpam(LocalDate date, String territory, long created, long alimented) {
        given().contentType(ContentType.JSON)
                .body(Map.of("date", date.toString(), "territory", territory, "channel", "CPAM",
                        "created", created, "alimented", alimented))
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(anyOf(is(200), is(201)));
    }

    /** How many objectives are stored, all territories. */
    static int countAll() {
        return given().when().get("/api/v1/objectives").then().statusCode(200).extract().path("totalItems");
    }
}
