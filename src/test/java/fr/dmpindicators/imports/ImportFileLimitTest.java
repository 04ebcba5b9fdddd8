package fr.dmpindicators.imports;

import static fr.dmpindicators.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.RawHttp;
import fr.dmpindicators.RawHttp.Answer;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The file limit of an import ({@code dmp.imports.max-file-size}, made small here) holds however the file is sent:
 * with its length announced, or streamed in chunks without one, where the service stops reading at the first byte
 * over the limit instead of taking the whole body first. A refused file leaves no job behind.
 */
@QuarkusTest
@TestProfile(ImportFileLimitTest.SmallFiles.class)
class ImportFileLimitTest {

    static final int LIMIT = 64 * 1024;

    /** Files of at most 64 KiB. */
    public static class SmallFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dmp.imports.max-file-size", String.valueOf(LIMIT));
        }
    }

    private static final byte[] HEADER = "date,territory,channel,finess,practitionerType,created,alimented\n"
            .getBytes(StandardCharsets.UTF_8);

    /** A CSV file of exactly {@code size} bytes: the header, then blank lines. */
    private static byte[] file(int size) {
        byte[] file = Arrays.copyOf(HEADER, size);
        Arrays.fill(file, HEADER.length, size, (byte) '\n');
        return file;
    }

    private static Answer streamed(long size) {
        return RawHttp.sendChunked("POST /api/v1/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: text/csv", HEADER, size,
                (byte) '\n');
    }

    private static int jobs() {
        return given().get("/api/v1/imports?size=1").then().statusCode(200).extract().path("totalItems");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, LIMIT - 1, LIMIT})
    void aFileWithinTheLimitIsTakenWhetherItsLengthIsAnnouncedOrNot(int size) {
        if (size < HEADER.length) {
            size = HEADER.length;
        }
        given().contentType("text/csv").body(file(size)).post("/api/v1/imports?dryRun=true").then()
                .statusCode(202);
        Answer answer = streamed(size);
        assertEquals(202, answer.status(), answer.body());
        assertEquals(size, answer.json().get("bytesTotal").asLong(), answer.body());
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedWhetherItsLengthIsAnnouncedOrNot() {
        int before = jobs();
        ExtractableResponse<Response> announced = given().contentType("text/csv").body(file(LIMIT + 1))
                .post("/api/v1/imports?dryRun=true").then().statusCode(413)
                .contentType("application/problem+json").extract();
        assertEquals(LIMIT, announced.<Integer>path("limit"));
        Answer answer = streamed(LIMIT + 1);
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        assertEquals(LIMIT, answer.json().get("limit").asInt());
        assertEquals("close", answer.header("Connection"));
        assertEquals(before, jobs());
    }

    /** Without the cut-off, the whole 512 MiB would be read (and written to disk) before the answer. */
    @Test
    void aStreamedFileFarOverTheLimitIsCutOffNearIt() {
        long size = 512L * 1024 * 1024;
        Answer answer = streamed(size);
        assertEquals(413, answer.status(), answer.body());
        assertEquals("urn:dmp-indicators:problem:payload-too-large", answer.json().get("type").asText());
        // What the socket buffers of both ends hold beyond the limit, at most some megabytes, never the file.
        assertTrue(answer.sent() < 64L * 1024 * 1024, "sent " + answer.sent() + " of " + size + " bytes");
    }
}
