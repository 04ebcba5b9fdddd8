package fr.dmpindicators.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.RawHttp;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detail of every kind of refusal the service words itself follows {@code Accept-Language}, whichever layer
 * refuses: the HTTP layer's limits and headers before any route, the reading of a body, and the rules of indicators.
 * Each is sent once in French and once in English: same status, the French words expected, the two details apart.
 */
@QuarkusTest
class RefusalDetailsTest {

    /** The status, language and detail of an answer. */
    record Reply(int status, String language, String detail) {
    }

    /** A request that is refused, sent in a given language, and the French words its detail must hold. */
    record Refusal(String name, int status, String french, Function<String, Reply> send) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Reply raw(String head, String language) {
        return reply(RawHttp.send(head + "\r\nAccept-Language: " + language));
    }

    private static Reply reply(RawHttp.Answer answer) {
        return new Reply(answer.status(), answer.header("Content-Language"), answer.json().get("detail").asText());
    }

    private static Reply rest(Response response) {
        return new Reply(response.statusCode(), response.header("Content-Language"), response.path("detail"));
    }

    private static Function<String, Reply> get(String target) {
        return language -> rest(RestAssured.given().header("Accept-Language", language).urlEncodingEnabled(false)
                .when().get(target));
    }

    private static Function<String, Reply> post(String path, String contentType, byte[] body) {
        return language -> rest(RestAssured.given().auth().oauth2(TestTokens.admin())
                .header("Accept-Language", language).contentType(contentType).body(body).when().post(path));
    }

    /** A CSV body with no charset named (REST Assured would name one), as a French spreadsheet sends it. */
    private static Reply spreadsheet(byte[] body, String language) {
        return reply(RawHttp.sendChunked("POST /api/v1/dmp-creations/batch HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: text/csv\r\nAccept-Language: "
                + language, body, body.length, (byte) ' '));
    }

    private static byte[] batchOf(int items) {
        String item = "{\"date\":\"2018-06-04\",\"territory\":\"94\",\"channel\":\"CPAM\",\"created\":1,\"alimented\":0}";
        return ("[" + String.join(",", Collections.nCopies(items, item)) + "]")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8 (0xFF never is) and, for 0x81, not windows-1252 either. */
    private static byte[] withByte(String before, int bad, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) bad;
        System.arraycopy(tail, 0, body, head.length + 1, tail.length);
        return body;
    }

    static Stream<Refusal> refusals() {
        String csvHeader = "date,territory,channel,practitionerType,finess,created,alimented\n";
        return Stream.of(
                new Refusal("request target over the limit", 414, "dépasse 8192 caractères",
                        language -> raw("GET /api/v1/territories?level=" + "x".repeat(9000)
                                + " HTTP/1.1\r\nHost: localhost", language)),
                new Refusal("headers over the limit", 431, "en-têtes de la requête dépassent 16384 octets",
                        language -> raw("GET /api/v1/channels HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                                + "y".repeat(17_000), language)),
                new Refusal("Accept that is not a media type", 406, "L’en-tête Accept",
                        language -> raw("GET /api/v1/channels HTTP/1.1\r\nHost: localhost\r\nAccept: not a type",
                                language)),
                new Refusal("Content-Type that is not a media type", 415, "L’en-tête Content-Type",
                        language -> raw("GET /api/v1/channels HTTP/1.1\r\nHost: localhost\r\nContent-Type: not a type",
                                language)),
                new Refusal("body announced over the limit", 413, "dépasse la limite de 16777216 octets",
                        language -> raw("POST /api/v1/dmp-creations/batch HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 20000000", language)),
                new Refusal("batch over its item limit", 413, "au plus 10000 éléments ; celui-ci en contient 10001",
                        post("/api/v1/dmp-creations/batch", "application/json", batchOf(10_001))),
                new Refusal("JSON that is not UTF-8", 400, "n’est pas du UTF-8 bien formé (ligne 1",
                        post("/api/v1/dmp-creations/batch", "application/json; charset=UTF-8",
                                withByte("[{\"territory\":\"", 0xFF, "\"}]"))),
                new Refusal("spreadsheet neither UTF-8 nor windows-1252", 400, "ni du windows-1252 bien formé",
                        language -> spreadsheet(withByte(csvHeader + "2018-06-04,9", 0x81, "4,CPAM,,,1,0\n"),
                                language)),
                new Refusal("CSV with unreadable values", 400, "1 ligne(s) aux valeurs illisibles",
                        post("/api/v1/dmp-creations/batch", "text/csv; charset=UTF-8",
                                (csvHeader + "2018-06-04,94,CPAM,,,many,0\n").getBytes(StandardCharsets.UTF_8))),
                new Refusal("unknown territories in a scope", 400, "inconnu(s) : ZZ",
                        get("/api/v1/indicators/coverage?territory=94,ZZ")),
                new Refusal("a start after the end", 400, "est postérieur à la fin de la période",
                        get("/api/v1/indicators/coverage?territory=94&from=2018-06-06&asOf=2018-06-05")),
                new Refusal("a time series of too many points", 400, "Choisissez un intervalle plus long",
                        get("/api/v1/indicators/timeseries?territory=94&interval=DAY&from=1990-01-01"
                                + "&asOf=2026-01-01")),
                new Refusal("a level with nothing under the parent", 400, "aucun territoire de niveau DEPARTEMENT sous 94",
                        get("/api/v1/indicators/ranking?parent=94&level=DEPARTEMENT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void shouldWordTheDetailInTheLanguageAsked(Refusal refusal) {
        Reply french = refusal.send().apply("fr");
        Reply english = refusal.send().apply("en");
        assertEquals(List.of(refusal.status(), refusal.status()), List.of(french.status(), english.status()),
                french.detail());
        assertEquals(List.of("fr", "en"), List.of(french.language(), english.language()));
        assertTrue(french.detail().contains(refusal.french()), french.detail());
        assertNotEquals(french.detail(), english.detail());
    }
}
