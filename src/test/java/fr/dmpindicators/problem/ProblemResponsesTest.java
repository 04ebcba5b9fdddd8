package fr.dmpindicators.problem;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of refusal answers an RFC 9457 problem, never a 500, and changes nothing stored. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldDescribeMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"date\": \"2018-01-15\", ")
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("urn:dmp-indicators:problem:malformed-request"))
                .body("title", is("Malformed request"))
                .body("detail", startsWith("The body is not well-formed JSON"))
                .body("instance", is("/api/v1/dmp-creations"));
    }

    @Test
    void shouldRefuseAMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAContentTypeTheOperationDoesNotRead() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", is("urn:dmp-indicators:problem:unsupported-media-type"))
                .body("detail", is("This operation does not read text/plain."));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPath() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", is("urn:dmp-indicators:problem:not-found"))
                .body("detail", is("Nothing exists at /api/v1/nothing-here."));
        given().when().get("/elsewhere")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAMethodThePathDoesNotAnswer() {
        given().when().delete("/api/v1/territories")
                .then().statusCode(405).contentType(PROBLEM)
                .body("type", is("urn:dmp-indicators:problem:method-not-allowed"));
    }

    @Test
    void shouldRefuseAnUnacceptableResponseType() {
        given().accept("application/xml")
                .when().get("/api/v1/territories")
                .then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAnOversizedBodyStatingTheLimit() {
        byte[] body = new byte[17 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", is("urn:dmp-indicators:problem:payload-too-large"))
                .body("limit", is(16 * 1024 * 1024))
                .body("detail", is("The request body exceeds the limit of 16777216 bytes."));
    }

    @Test
    void shouldTreatInjectionStringsAsPlainUnknownCodes() {
        String injection = "'; DROP TABLE dmp_creation; --";
        given().contentType(ContentType.JSON)
                .body(Map.of("date", "2018-01-15", "territory", injection, "channel", "CPAM", "created", 1,
                        "alimented", 1))
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(422).contentType(PROBLEM);
        given().queryParam("name", injection)
                .when().get("/api/v1/establishments")
                .then().statusCode(200).body("totalItems", is(0));
        given().queryParam("finess", "'OR'1'='1")
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(200).body("totalItems", is(0));
        given().when().get("/api/v1/dmp-creations").then().statusCode(200);
    }

    @Test
    void shouldKeepNonAsciiTextIntact() {
        String name = "Hôpital Saint-Éloi — Œuvre des sœurs « Ça va » 病院";
        given().contentType(ContentType.JSON).body(Map.of("name", name, "category", "355", "territory", "01"))
                .when().put("/api/v1/establishments/010000024")
                .then().statusCode(anyOf(is(200), is(201))).body("name", is(name));
        given().when().get("/api/v1/establishments/010000024").then().body("name", is(name));
    }
}
