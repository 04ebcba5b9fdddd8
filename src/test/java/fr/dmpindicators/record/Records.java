package fr.dmpindicators.record;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds DMP creation records as producers send them, and registers the establishments they name. */
final class Records {

    static final String FLEYRIAT = "010000024";
    static final String PHARMACY = "010002301";

    private Records() {
    }

    static Map<String, Object> cpam(LocalDate date, String territory, long created, long alimented) {
        return record(date, territory, "CPAM", null, null, created, alimented);
    }

    static Map<String, Object> record(LocalDate date, String territory, String channel, String finess,
            String practitionerType, Object created, Object alimented) {
        Map<String, Object> record = new HashMap<>();
        record.put("date", date == null ? null : date.toString());
        record.put("territory", territory);
        record.put("channel", channel);
        record.put("finess", finess);
        record.put("practitionerType", practitionerType);
        record.put("created", created);
        record.put("alimented", alimented);
        record.values().removeIf(value -> value == null);
        return record;
    }

    static void registerEstablishments() {
        register(FLEYRIAT, "Centre hospitalier de Fleyriat", "355");
        register(PHARMACY, "Pharmacie d'officine, Ambérieu-en-Bugey", "620");
    }

    private static void register(String finess, String name, String category) {
        given().contentType(ContentType.JSON).body(Map.of("name", name, "category", category, "territory", "01"))
                .when().put("/api/v1/establishments/{finess}", finess)
                .then().statusCode(anyOf(is(200), is(201)));
    }

    /** How many records are stored for one day, all territories. */
    static int storedOn(LocalDate date) {
        return given().queryParam("from", date.toString()).queryParam("to", date.toString())
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(200).extract().path("totalItems");
    }
}
