package fr.dmpindicators.http;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.Api;
import fr.dmpindicators.TestDates;
import fr.dmpindicators.http.ParameterScreeningTest.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The media type of an answer is one the client accepts (RFC 9110 section 12.5.1) and one the operation answers
 * with: on every read and write, a wildcard of a type ({@code application/*}) gets the JSON it names, written as JSON
 * (it was the answer's {@code toString()}, labelled JSON, on every operation without an ETag); a range given
 * {@code q=0} is refused, not served; and a success is never labelled {@code application/problem+json}, the type of
 * problems alone. Nothing acceptable is a 406 problem, before anything is stored.
 */
@QuarkusTest
class AnswerMediaTypesTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every read of the contract; those that find nothing to answer on an empty database are passed over. */
    static Stream<Operation> reads() {
        return ParameterScreeningTest.operations().stream().filter(operation -> operation.method().equals("GET"));
    }

    private static boolean answers(Operation operation) {
        return read(operation, "*/*").statusCode() == 200;
    }

    private static ExtractableResponse<Response> read(Operation operation, String accept) {
        RequestSpecification request = given().accept(accept);
        for (Map<String, Object> p : operation.in("path")) {
            request = request.pathParam((String) p.get("name"), p.get("name").equals("code") ? "R11" : "1");
        }
        for (Map<String, Object> p : operation.in("query")) {
            if (Boolean.TRUE.equals(p.get("required"))) {
                request = request.queryParam((String) p.get("name"),
                        p.get("name").equals("by") ? "CHANNEL" : "FR");
            }
        }
        return request.when().get(operation.path()).then().extract();
    }

    @ParameterizedTest
    @MethodSource("reads")
    void shouldAnswerAWildcardOfATypeWithJson(Operation operation) throws IOException {
        if (!answers(operation)) {
            return;
        }
        for (String accept : List.of("application/*", "application/*;q=0.5", "text/html;q=0.9, application/*;q=0.1")) {
            ExtractableResponse<Response> answer = read(operation, accept);
            assertEquals(200, answer.statusCode(), operation + " " + accept + ": " + answer.asString());
            assertTrue(answer.contentType().startsWith("application/json"), operation + " " + answer.contentType());
            JSON.readTree(answer.asString());
        }
    }

    @ParameterizedTest
    @MethodSource("reads")
    void shouldNeverLabelAnAnswerAsAProblem(Operation operation) {
        if (!answers(operation)) {
            return;
        }
        ExtractableResponse<Response> answer = read(operation, PROBLEM);
        assertEquals(406, answer.statusCode(), operation + ": " + answer.asString());
        assertProblem(answer, operation);
    }

    @ParameterizedTest
    @MethodSource("reads")
    void shouldRefuseWhatTheClientGivesNoQuality(Operation operation) {
        if (!answers(operation)) {
            return;
        }
        for (String accept : List.of("*/*;q=0", "application/json;q=0", "application/*;q=0, text/html",
                "application/json;q=0, application/fhir+json;q=0, text/csv;q=0")) {
            ExtractableResponse<Response> answer = read(operation, accept);
            assertEquals(406, answer.statusCode(), operation + " " + accept + ": " + answer.asString());
            assertProblem(answer, operation);
        }
        ExtractableResponse<Response> other = read(operation, "application/json;q=0, */*");
        if (other.statusCode() == 200) {
            assertTrue(!other.contentType().startsWith("application/json"), operation + " " + other.contentType());
        } else {
            assertEquals(406, other.statusCode(), operation + ": " + other.asString());
        }
    }

    /** A write answers its summary in JSON, or is refused before it stores anything. */
    @ParameterizedTest
    @ValueSource(strings = {"application/*", "application/*;q=0.2", "*/*;q=0", "application/json;q=0", PROBLEM})
    void shouldAnswerAWriteInJsonOrStoreNothing(String accept) throws IOException {
        LocalDate day = TestDates.unusedDay();
        String record = "{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0}";
        boolean acceptsJson = accept.startsWith("application/*");
        for (String path : List.of("/api/v1/dmp-creations", "/api/v1/dmp-creations/batch")) {
            ExtractableResponse<Response> answer = given().accept(accept).contentType(ContentType.JSON)
                    .body(path.endsWith("batch") ? "[" + record + "]" : record)
                    .when().post(path + (path.endsWith("batch") ? "?dryRun=true" : "")).then().extract();
            if (acceptsJson) {
                assertTrue(answer.statusCode() < 300, path + " " + accept + ": " + answer.asString());
                assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
                JSON.readTree(answer.asString());
            } else {
                assertEquals(406, answer.statusCode(), path + " " + accept + ": " + answer.asString());
                assertTrue(answer.contentType().startsWith(PROBLEM), answer.contentType());
            }
        }
        given().queryParam("territory", "48").queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200)
                .body("totalItems", is(acceptsJson ? 1 : 0));
    }

    /** A read of one stored item, which no read above reaches on an empty database. */
    @ParameterizedTest
    @ValueSource(strings = {"application/*", "*/*;q=0", PROBLEM})
    void shouldAnswerOneObjectiveInJsonOrRefuse(String accept) {
        long id = Api.newObjective("Accept " + accept);
        RequestSpecification request = given().accept(accept);
        if (accept.equals("application/*")) {
            request.when().get("/api/v1/objectives/" + id).then().statusCode(200)
                    .contentType(startsWith("application/json")).body("id", is((int) id));
        } else {
            request.when().get("/api/v1/objectives/" + id).then().statusCode(406)
                    .contentType(startsWith(PROBLEM)).body("status", is(406));
        }
        given().when().get("/api/v1/objectives/" + id).then().statusCode(200)
                .contentType(not(startsWith(PROBLEM)));
    }

    private static void assertProblem(ExtractableResponse<Response> answer, Operation operation) {
        assertTrue(answer.contentType().startsWith(PROBLEM), operation + " " + answer.contentType());
        assertEquals("urn:dmp-indicators:problem:not-acceptable", answer.jsonPath().getString("type"),
                operation + ": " + answer.asString());
    }
}
