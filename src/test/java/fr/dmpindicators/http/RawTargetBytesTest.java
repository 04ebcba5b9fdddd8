package fr.dmpindicators.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.RawHttp;
import fr.dmpindicators.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request target with bytes beyond ASCII sent as they are, not percent-encoded: read as UTF-8, as its
 * percent-encoded form is (the HTTP codec alone reads them one character per byte, é as Ã©); refused, naming the first
 * byte that is not, when they are not UTF-8.
 */
@QuarkusTest
class RawTargetBytesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"/api/v1/territories/é; 404; No territory has the code é.",
        "/nothing/été; 404; Nothing exists at /nothing/été.", "/nothing/€uro; 404; Nothing exists at /nothing/€uro.",
        "/api/v1/dmp-creations/é; 404; Nothing exists at /api/v1/dmp-creations/é: id must be a whole number.",
        "/api/v1/territories?lével=REGION; 400; lével is not a parameter of this operation"})
    void shouldReadRawBytesAsUtf8(String target, int status, String detail) {
        Answer answer = RawHttp.send("GET " + raw(target.getBytes(StandardCharsets.UTF_8))
                + " HTTP/1.1\r\nHost: localhost");
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.json().get("detail").asText().startsWith(detail), answer.body());
        Answer encoded = RawHttp.send("GET " + RawTarget.percentEncoded(raw(target.getBytes(StandardCharsets.UTF_8)))
                + " HTTP/1.1\r\nHost: localhost");
        assertEquals(encoded.json().get("detail"), answer.json().get("detail"));
        assertEquals(encoded.json().get("instance"), answer.json().get("instance"));
    }

    /** Latin-1 é alone, a two-byte sequence cut short, bytes that never begin one: the first is named, in place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"/api/v1/territories/E9; E9; 21", "/api/v1/territories/C3; C3; 21",
        "/nothing/FFFE; FF; 10", "/api/v1/territories?level=C3A9E9; E9; 29", "/q/health/C0AF; C0; 11"})
    void shouldRefuseBytesThatAreNotUtf8NamingTheFirst(String target, String first, int at) {
        String path = target.replaceAll("[0-9A-F]+$", "");
        byte[] bytes = java.util.HexFormat.of().parseHex(target.substring(path.length()));
        Answer answer = RawHttp.send("POST " + path + raw(bytes) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept-Language: fr");
        HttpLayerProblemsTest.assertProblem(answer, 400, "malformed-request", "Requête mal formée");
        assertTrue(answer.json().get("detail").asText().startsWith("La cible de la requête (chemin et paramètres) "
                + "n’est pas en UTF-8 : l’octet 0x" + first + " au caractère " + at + " "), answer.body());
    }

    /**
     * Percent-encoded bytes are read as UTF-8 too, and refused the same way when they are not (a byte that never
     * begins a sequence, one cut short, a surrogate, an overlong form, beyond U+10FFFF), in the path or the query,
     * naming the first at its percent sign: they were read as U+FFFD, so that a search by name answered nothing,
     * 200, and a code was "unknown" with a replacement character in the detail.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {"GET; /api/v1/establishments?name=%FF; FF; 29",
        "GET; /api/v1/establishments?name=%C3%28; C3; 29", "GET; /api/v1/establishments?name=a%ED%A0%80; ED; 30",
        "GET; /api/v1/establishments?category=%C0%AF; C0; 33", "GET; /api/v1/audit?actor=a%c3; C3; 22",
        "GET; /api/v1/establishments?name=%F4%90%80%80; F4; 29", "GET; /api/v1/territories/%C3%28; C3; 21",
        "GET; /api/v1/territories?%FF=1; FF; 21", "PUT; /api/v1/establishments/01000230%FF; FF; 32",
        "GET; /api/v1/establishments?name=%C3%A9%E9; E9; 35"})
    void shouldRefusePercentEncodedBytesThatAreNotUtf8NamingTheFirst(String method, String target, String first,
            int at) {
        Answer answer = RawHttp.send(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr");
        HttpLayerProblemsTest.assertProblem(answer, 400, "malformed-request", "Requête mal formée");
        assertTrue(answer.json().get("detail").asText().startsWith("La cible de la requête (chemin et paramètres) "
                + "n’est pas en UTF-8 : l’octet 0x" + first + " au caractère " + at + " "), answer.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"/api/v1/establishments?name=%C3%A9; 200",
        "/api/v1/establishments?name=%F0%9F%98%80; 200", "/api/v1/territories/%E2%82%AC; 404"})
    void shouldReadPercentEncodedUtf8(String target, int status) {
        assertEquals(status, RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost").status());
    }

    /** Bytes as the request line carries them: one character each, as RawHttp writes a head (ISO-8859-1). */
    private static String raw(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
