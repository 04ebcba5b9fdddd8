package fr.dmpindicators.http;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.Api;
import fr.dmpindicators.RawHttp;
import fr.dmpindicators.RawHttp.Answer;
import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transfer codings of a request (RFC 9112 section 6.1): a body whose last coding is not chunked has no end the service
 * can find, and is refused at once, 400 with the connection closed, on every path, rather than left waiting for the
 * idle timeout; a body in chunks under another coding, which the service does not implement, is refused 501. Nothing
 * of either is stored. A chunked body without a byte is read as the empty body it is.
 */
@QuarkusTest
class TransferCodingsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(3);

    /** The objective an empty revision is sent to, made by the first test that needs it. */
    private static Long objective;

    /** Without a body, with one announced by its length, with one that simply follows: each refused at once. */
    @ParameterizedTest(name = "{0} {1}, Transfer-Encoding: {2}, {3}")
    @CsvSource(delimiter = ';', value = {"POST; /api/v1/dmp-creations; gzip; none",
        "POST; /api/v1/dmp-creations; gzip; length", "POST; /api/v1/dmp-creations; gzip; following", "POST; /api/v1/dmp-creations/batch; deflate; none",
        "POST; /api/v1/imports; gzip; following", "PUT; /api/v1/territories/48/populations/2009; gzip; none",
        "GET; /q/health; gzip; none", "GET; /api/v1/channels; identity; none", "GET; /nothing; gzip; length",
        "POST; /api/v1/dmp-creations; 'chunked, chunked'; none"})
    void shouldRefuseABodyWhoseEndCannotBeFoundAtOnceAndCloseTheConnection(String method, String path,
            String codings, String body) {
        LocalDate day = TestDates.unusedDay();
        String record = record(day);
        String framing = body.equals("length") ? "\r\nContent-Length: " + record.length() : "";
        Answer answer = assertTimeoutPreemptively(QUICKLY, () -> RawHttp.send(head(method, path) + framing
                + "\r\nTransfer-Encoding: " + codings, body.equals("none") ? new byte[0] : bytes(record)));
        HttpLayerProblemsTest.assertProblem(answer, 400, "malformed-request", "Malformed request");
        assertEquals("close", answer.header("Connection"));
        assertTrue(answer.json().get("detail").asText().contains("transfer codings are " + codings + ","),
                answer.body());
        assertNothingStoredOn(day);
    }

    /** Chunks the service reads, but under a coding it does not implement. */
    @ParameterizedTest(name = "{0} {1}, Transfer-Encoding: {2}")
    @CsvSource(delimiter = ';', value = {"POST; /api/v1/dmp-creations; gzip, chunked",
        "POST; /api/v1/dmp-creations/batch; deflate, chunked", "POST; /api/v1/imports; gzip, chunked",
        "GET; /q/health; compress, chunked", "GET; /nothing; gzip, chunked"})
    void shouldRefuseATransferCodingItDoesNotImplement(String method, String path, String codings) {
        LocalDate day = TestDates.unusedDay();
        String record = record(day);
        String chunked = Integer.toHexString(record.length()) + "\r\n" + record + "\r\n0\r\n\r\n";
        Answer answer = assertTimeoutPreemptively(QUICKLY, () -> RawHttp.send(head(method, path)
                + "\r\nTransfer-Encoding: " + codings, bytes(chunked)));
        HttpLayerProblemsTest.assertProblem(answer, 501, "not-implemented", "Not implemented");
        assertTrue(answer.json().get("detail").asText().contains("transfer codings " + codings + ";"), answer.body());
        assertNothingStoredOn(day);
    }

    /**
     * A chunked body of no chunk at all (its last chunk at once) is answered as the same empty body sent with a
     * length, at once, by every write that reads one: the REST layer found no body to read and waited for one.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writesOfAnEmptyBody")
    void shouldAnswerAnEmptyChunkedBodyAsTheSameBodySentWithALength(String method, String path, String type) {
        if (objective == null) {
            objective = Api.newObjective("Empty chunked body");
        }
        String head = head(method, path.replace("OBJECTIVE", objective.toString()), type);
        Answer byLength = RawHttp.send(head + "\r\nContent-Length: 0", new byte[0]);
        Answer chunked = assertTimeoutPreemptively(QUICKLY, () -> RawHttp.sendChunked(head, new byte[0], 0, (byte) 0));
        assertTrue(byLength.status() < 500, byLength.body());
        assertEquals(byLength.status(), chunked.status(), chunked.body());
        assertEquals(byLength.json().get("detail"), chunked.json().get("detail"));
    }

    /** Every JSON write of the contract, a batch in CSV, and an import. */
    static Stream<Arguments> writesOfAnEmptyBody() {
        return Stream.concat(JsonBodyShapeTest.Write.ALL.stream()
                .map(write -> Arguments.of(write.method(), write.path(), "application/json")),
                Stream.of(Arguments.of("POST", "/api/v1/dmp-creations/batch", "text/csv"),
                        Arguments.of("POST", "/api/v1/imports", "text/csv")));
    }

    private static String head(String method, String path) {
        return head(method, path, path.endsWith("imports") ? "application/x-ndjson" : "application/json");
    }

    private static String head(String method, String path, String type) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.admin()
                + "\r\nContent-Type: " + type;
    }

    private static String record(LocalDate day) {
        return "{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,\"alimented\":0}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNothingStoredOn(LocalDate day) {
        Api.given().queryParam("territory", "48").queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
    }
}
