package fr.dmpindicators.http;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies that are not well-formed UTF-8, in JSON and CSV, one record and a batch: an invalid byte, a lone
 * continuation byte, overlong encodings, a surrogate, a code point above U+10FFFF, a sequence cut short inside the
 * body or at its very end. Each is refused whole with a 400 that names its line, and nothing is stored; well-formed
 * text of every length of sequence is read as sent.
 */
@QuarkusTest
class Utf8BodiesTest {

    private static final Map<String, byte[]> MALFORMED = new LinkedHashMap<>();

    static {
        MALFORMED.put("an invalid byte", bytes(0xFF));
        MALFORMED.put("a lone continuation byte", bytes(0x80));
        MALFORMED.put("an overlong two-byte '/'", bytes(0xC0, 0xAF));
        MALFORMED.put("an overlong three-byte '/'", bytes(0xE0, 0x80, 0xAF));
        MALFORMED.put("an overlong four-byte 'A'", bytes(0xF0, 0x80, 0x81, 0x81));
        MALFORMED.put("a UTF-16 surrogate", bytes(0xED, 0xA0, 0x80));
        MALFORMED.put("a code point above U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80));
        MALFORMED.put("a three-byte sequence cut short", bytes(0xE2, 0x82, 0x41));
    }

    /** A body with the bad bytes on a known line: the bytes, its content type, path, and that line. */
    private record Body(String name, byte[] bytes, String contentType, String path, int line) {
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(String before, byte[] bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<Body> bodies(LocalDate day, String name, byte[] bad) {
        String record = "{\"date\":\"" + day + "\",\"territory\":\"01\",\"channel\":\"CPAM\",\"created\":5,"
                + "\"alimented\":1";
        String header = "date,territory,channel,finess,practitionerType,created,alimented\n";
        String row = day + ",01,CPAM,,,5,1\n";
        return List.of(
                new Body(name + " in a JSON record", concat("{\n\"date\":\"" + day
                        + "\",\n\"territory\":\"0", bad, "1\",\"channel\":\"CPAM\",\"created\":5,\"alimented\":1}"),
                        "application/json", "/api/v1/dmp-creations", 3),
                new Body(name + " in a JSON batch", concat("[" + record + "},\n" + record.replace("\"01\"", "\"02\"")
                        + ",\"x\":\"", bad, "\"}]"), "application/json", "/api/v1/dmp-creations/batch", 2),
                new Body(name + " in a CSV batch", concat(header + row + day + ",0", bad, "2,CPAM,,,5,1\n"),
                        "text/csv; charset=UTF-8", "/api/v1/dmp-creations/batch", 3),
                new Body(name + " at the end of a CSV batch", concat(header + row + row.replace(",01,", ",02,"),
                        bad, ""), "text/csv; charset=UTF-8", "/api/v1/dmp-creations/batch?atomic=false", 4));
    }

    @Test
    void shouldRefuseEveryMalformedSequenceNamingItsLineAndStoreNothing() {
        List<String> wrong = new ArrayList<>();
        List<Body> all = new ArrayList<>();
        MALFORMED.forEach((name, bad) -> all.addAll(bodies(TestDates.unusedDay(), name, bad)));
        LocalDate day = TestDates.unusedDay();
        all.add(new Body("a sequence cut short at the very end of a JSON body", concat("{\"date\":\"" + day
                + "\",\"territory\":\"01\",\"channel\":\"CPAM\",\"created\":5,\"alimented\":1}\n", bytes(0xE2, 0x82),
                ""), "application/json", "/api/v1/dmp-creations", 2));
        all.add(new Body("an overlong '/' in a JSON batch", concat("[{\"date\":\"" + day
                + "\",\"territory\":\"01\",\"channel\":\"CPAM\",\"created\":5,\"alimented\":1,\"z\":\"",
                bytes(0xC0, 0xAF), "\"}]"), "application/json", "/api/v1/dmp-creations/batch?atomic=false", 1));
        for (Body body : all) {
            Response response = given().contentType(body.contentType()).body(body.bytes())
                    .when().post(body.path());
            if (response.statusCode() != 400
                    || !"urn:dmp-indicators:problem:malformed-request".equals(response.path("type"))
                    || !"body".equals(response.path("errors[0].field"))
                    || !String.valueOf(response.<String>path("detail")).contains("line " + body.line() + ",")) {
                wrong.add(body.name() + ": " + response.statusCode() + " " + response.asString());
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + all.size() + " answers wrong:\n"
                + String.join("\n", wrong));
    }

    @Test
    void shouldStoreNothingFromAMalformedBatchEvenWhenNotAtomic() {
        LocalDate day = TestDates.unusedDay();
        byte[] body = concat("date,territory,channel,finess,practitionerType,created,alimented\n" + day
                + ",01,CPAM,,,5,1\n" + day + ",0", bytes(0xFF), "2,CPAM,,,5,1\n");
        given().contentType("text/csv; charset=UTF-8").body(body)
                .when().post("/api/v1/dmp-creations/batch?atomic=false")
                .then().statusCode(400).body("detail", containsString("line 3, byte 13 of the line"));
        int stored = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).extract().path("totalItems");
        assertEquals(0, stored);
    }

    @Test
    void shouldReadWellFormedSequencesOfEveryLength() {
        String name = "Pharmacie Saint-Étienne – l’Hôpital 𝔘 € ß";
        given().contentType("application/json; charset=UTF-8")
                .body(("{\"name\":\"" + name + "\",\"category\":\"620\",\"territory\":\"01\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .when().put("/api/v1/establishments/010002301")
                .then().statusCode(anyOf(is(200), is(201)));
        given().when().get("/api/v1/establishments/010002301").then().statusCode(200).body("name", is(name));
    }

    @Test
    void shouldFindTheFirstMalformedByteOrNone() {
        Charset utf8 = StandardCharsets.UTF_8;
        assertEquals(-1, TextBodies.firstMalformedByte("aé€𝔘".getBytes(utf8), utf8));
        assertEquals(-1, TextBodies.firstMalformedByte(new byte[0], utf8));
        MALFORMED.forEach((name, bad) -> assertEquals(2, TextBodies.firstMalformedByte(concat("ab", bad, "cd"), utf8),
                name));
        byte[] large = new byte[100_000];
        java.util.Arrays.fill(large, (byte) 'a');
        large[99_999] = (byte) 0xC3;
        assertEquals(99_999, TextBodies.firstMalformedByte(large, utf8), "a sequence cut short at the end of a long body");
    }
}
