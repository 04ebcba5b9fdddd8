package fr.dmpindicators.http;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import fr.dmpindicators.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that no person typed is refused, not stored or silently dropped: every free-text field of a JSON body and
 * every cell of a CSV batch, with each class of forbidden character (C0 controls, DEL, C1 controls, unpaired
 * surrogates, the non-characters U+FFFE/U+FFFF). An empty value is refused rather than read as absent.
 */
@QuarkusTest
class InputTextTest {

    private static final String VALIDATION = "urn:dmp-indicators:problem:validation";
    private static final String MALFORMED = "urn:dmp-indicators:problem:malformed-request";

    /** One of each class: NUL, tab, line feed, carriage return, U+001F, DEL, C1, lone surrogates, non-characters. */
    static final List<Character> FORBIDDEN = List.of('\u0000', '\t', '\n', '\r', '\u001F', '\u007F', '\u0080',
            '\u0085', '\u009F', '\uD800', '\uDC00', '\uFFFE', '\uFFFF');

    /** A free-text field of a write: where to send it, and the body with {@code %s} standing for the text. */
    record TextField(String name, String method, String path, String body, String field, Integer index) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static long objectiveId;

    private static synchronized long objective() {
        if (objectiveId == 0) {
            objectiveId = Api.newObjective("Plain");
        }
        return objectiveId;
    }

    static Stream<TextField> textFields() {
        return Stream.of(
                new TextField("establishment name", "PUT", "/api/v1/establishments/010000024",
                        "{\"name\":\"%s\",\"category\":\"355\",\"territory\":\"01\"}", "name", null),
                new TextField("establishment name in a batch", "POST", "/api/v1/establishments/batch",
                        "[{\"finess\":\"010000024\",\"name\":\"%s\",\"category\":\"355\",\"territory\":\"01\"}]",
                        "name", 0),
                new TextField("objective label", "POST", "/api/v1/objectives",
                        "{\"territory\":\"FR\",\"metric\":\"DMP_CREATED\",\"targetValue\":1000,"
                                + "\"startDate\":\"2018-01-01\",\"dueDate\":\"2018-12-31\",\"label\":\"%s\"}",
                        "label", null),
                new TextField("revision reason", "PUT", "/api/v1/objectives/{id}",
                        "{\"targetValue\":1000,\"reason\":\"%s\"}", "reason", null),
                new TextField("revision label", "PUT", "/api/v1/objectives/{id}",
                        "{\"targetValue\":1000,\"reason\":\"Plain\",\"label\":\"%s\"}", "label", null),
                new TextField("population source", "PUT", "/api/v1/territories/48/populations/2009",
                        "{\"population\":76000,\"source\":\"%s\"}", "source", null));
    }

    @ParameterizedTest
    @MethodSource("textFields")
    void shouldRefuseEachClassOfControlCharacterInAFreeTextField(TextField text) {
        for (char forbidden : FORBIDDEN) {
            String escaped = String.format("\\u%04X", (int) forbidden);
            var answer = given().contentType(ContentType.JSON).body(String.format(text.body(), "a" + escaped + "b"))
                    .when().request(text.method(), text.path().replace("{id}", String.valueOf(objective())))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", is(VALIDATION))
                    .body("errors[0].field", is(text.field()))
                    .body("errors[0].message", is("must not contain control characters ("
                            + escaped.replace("\\u", "U+") + " at position 1)"));
            if (text.index() != null) {
                answer.body("errors[0].index", is(text.index()));
            }
        }
        given().when().get("/api/v1/territories/48").then().statusCode(200)
                .body("populations.find { it.year == 2009 }", is((Object) null));
        given().when().get("/api/v1/objectives/" + objective()).then().statusCode(200)
                .body("revisions.size()", is(1));
    }

    @Test
    void shouldKeepTextThatOnlyLooksUnusual() {
        String text = "Centre hospitalier — « Saint-Éloi » 𝔄 病院";
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + text + "\",\"category\":\"355\",\"territory\":\"01\"}")
                .when().put("/api/v1/establishments/010000024")
                .then().statusCode(org.hamcrest.Matchers.anyOf(is(200), is(201))).body("name", is(text));
    }

    static Stream<Object[]> csvCells() {
        return Stream.of(
                new Object[] {"territory", "2009-03-17,48\u0000,CPAM,,,5,1", "U+0000 at position 2"},
                new Object[] {"territory", "2009-03-17,\u000048,CPAM,,,5,1", "U+0000 at position 0"},
                new Object[] {"created", "2009-03-17,48,CPAM,,,5\u0000,1", "U+0000 at position 1"},
                new Object[] {"date", "2009-03\u0000-17,48,CPAM,,,5,1", "U+0000 at position 7"},
                new Object[] {"channel", "2009-03-17,48,CPAM\t,,,5,1", "U+0009 at position 4"},
                new Object[] {"alimented", "2009-03-17,48,CPAM,,,5,\u001F1", "U+001F at position 0"},
                new Object[] {"finess", "2009-03-17,48,CPAM,\u007F,,5,1", "U+007F at position 0"},
                new Object[] {"practitionerType", "2009-03-17,48,CPAM,,\u0085,5,1", "U+0085 at position 0"});
    }

    /** Jackson's TRIM_SPACES used to drop a NUL at either end of a cell; the row is refused instead, by index. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("csvCells")
    void shouldRefuseAControlCharacterInACsvCell(String field, String row, String where) {
        String csv = "date,territory,channel,finess,practitionerType,created,alimented\n"
                + "2009-03-16,48,CPAM,,,5,1\n" + row + "\n";
        for (String atomic : List.of("true", "false")) {
            given().contentType("text/csv; charset=UTF-8").queryParam("atomic", atomic).body(csv)
                    .when().post("/api/v1/dmp-creations/batch")
                    .then().statusCode(422).body("type", is(VALIDATION))
                    .body("errors[0].index", is(1))
                    .body("errors[0].field", is(field))
                    .body("errors[0].message", is("must not contain control characters (" + where + ")"));
        }
        given().queryParam("territory", "48").queryParam("from", "2009-03-16").queryParam("to", "2009-03-17")
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(200).body("totalItems", is(0));
    }

    static Stream<Object[]> emptyValues() {
        return Stream.of(
                new Object[] {"POST", "/api/v1/dmp-creations",
                    "{\"date\":\"\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,\"alimented\":1}", "date"},
                new Object[] {"POST", "/api/v1/dmp-creations",
                    "{\"date\":\"2009-03-17\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":\"\","
                            + "\"alimented\":1}", "created"},
                new Object[] {"PUT", "/api/v1/objectives/{id}",
                    "{\"targetValue\":1000,\"reason\":\"Plain\",\"effectiveDate\":\"\"}", "effectiveDate"},
                new Object[] {"PUT", "/api/v1/objectives/{id}",
                    "{\"targetValue\":1000,\"reason\":\"Plain\",\"dueDate\":\"\"}", "dueDate"},
                new Object[] {"PUT", "/api/v1/objectives/{id}", "{\"targetValue\":\"\",\"reason\":\"Plain\"}",
                    "targetValue"},
                new Object[] {"PUT", "/api/v1/territories/48/populations/2009",
                    "{\"population\":\"\",\"source\":\"INSEE\"}", "population"});
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("emptyValues")
    void shouldRefuseAnEmptyValueRatherThanTakeTheDefault(String method, String path, String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().request(method, path.replace("{id}", String.valueOf(objective())))
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("errors[0].field", is(field))
                .body("errors[0].message", is("must not be empty; leave it out for the default"));
        given().when().get("/api/v1/objectives/" + objective()).then().statusCode(200)
                .body("revisions.size()", is(1));
        given().queryParam("territory", "48").queryParam("from", "2009-03-17").queryParam("to", "2009-03-17")
                .when().get("/api/v1/dmp-creations").then().body("totalItems", not(is(1)));
    }

    @Test
    void shouldRefuseACsvBodyThatIsNotTextInItsCharset() {
        byte[] header = "date,territory,channel,finess,practitionerType,created,alimented\n".getBytes();
        byte[] row = "2009-03-17,48,CPAM,,,5,1\n".getBytes();
        byte[] body = new byte[header.length + 1 + row.length];
        System.arraycopy(header, 0, body, 0, header.length);
        body[header.length] = (byte) 0x85;
        System.arraycopy(row, 0, body, header.length + 1, row.length);
        given().contentType("text/csv; charset=UTF-8").body(body)
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("errors[0].field", is("body"))
                .body("errors[0].message", is("is not well-formed UTF-8 at line 2, byte 1 of the line"));
        given().contentType("text/csv; charset=ISO-8859-1").queryParam("dryRun", true).body(body)
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(422).body("errors[0].message", is("must not contain control characters"
                        + " (U+0085 at position 0)"));
    }

    @Test
    void shouldReadACsvBodyStartingWithAByteOrderMark() {
        given().contentType("text/csv; charset=UTF-8").queryParam("dryRun", true)
                .body("\uFEFFdate,territory,channel,finess,practitionerType,created,alimented\n"
                        + "2009-03-17,48,CPAM,,,5,1\n")
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).body("received", is(1)).body("rejected", is(0));
    }

    /** Jackson trims a number's text (every character up to U+0020); a number must be a JSON number instead. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("trimmedValues")
    void shouldRefuseANumberThatIsText(String field, String value) {
        String body = String.format("{\"date\":%s,\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":%s,"
                + "\"alimented\":%s}", "\"2009-03-18\"",
                field.equals("created") ? value : "1", field.equals("alimented") ? value : "1");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("errors[0].field", is(field));
    }

    /**
     * A decimal field (an objective's targetValue) is a JSON number too: Jackson reads the texts "NaN", "Infinity" and
     * "-Infinity" as numbers before it applies the rule against text, so they reached the rules (422, NaN both "above
     * the maximum" and "not above 0") instead of being refused as text, 400, on a new objective and on a revision.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"+Infinity\"", "\"5\"", "\" 5\""})
    void shouldRefuseADecimalThatIsText(String value) {
        int objectives = given().when().get("/api/v1/objectives").then().extract().path("totalItems");
        given().contentType(ContentType.JSON)
                .body("{\"territory\":\"FR\",\"metric\":\"DMP_CREATED\",\"targetValue\":" + value
                        + ",\"startDate\":\"2018-01-01\",\"dueDate\":\"2019-01-01\",\"label\":\"Text\"}")
                .when().post("/api/v1/objectives")
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("errors[0].field", is("targetValue"));
        given().when().get("/api/v1/objectives").then().body("totalItems", is(objectives));
        long id = Api.newObjective("Revised with text");
        given().contentType(ContentType.JSON).body("{\"targetValue\":" + value + ",\"reason\":\"Text\"}")
                .when().put("/api/v1/objectives/" + id)
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("errors[0].field", is("targetValue"));
        given().when().get("/api/v1/objectives/" + id).then().body("revisions", hasSize(1));
    }

    static Stream<Object[]> trimmedValues() {
        return Stream.of(
                new Object[] {"created", "\"1\\u0000\""},
                new Object[] {"created", "\"1\""},
                new Object[] {"alimented", "\"\\n1\""});
    }

    /**
     * A JSON value is read as sent, or the body is refused naming the field: no text for a number or a number for
     * text, no fraction for a whole number, no number for a code, a date exactly as YYYY-MM-DD, nothing after the
     * value.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesOfAnotherType")
    void shouldRefuseAJsonValueOfAnotherTypeAndStoreNothing(String what, String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(400).body("type", is(MALFORMED))
                .body(field == null ? "detail" : "errors[0].field",
                        field == null ? containsString("not well-formed JSON") : is(field));
        given().queryParam("territory", "48").queryParam("from", "2009-03-19").queryParam("to", "2009-03-19")
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
    }

    static Stream<Object[]> valuesOfAnotherType() {
        String record = "{\"date\":%s,\"territory\":%s,\"channel\":%s,\"created\":%s,\"alimented\":1}";
        String date = "\"2009-03-19\"";
        return Stream.of(
                new Object[] {"a fraction for a whole number", String.format(record, date, "\"48\"", "\"CPAM\"",
                    "1.5"), "created"},
                new Object[] {"a number for a code", String.format(record, date, "48", "\"CPAM\"", "1"),
                    "territory"},
                new Object[] {"a boolean for a code", String.format(record, date, "true", "\"CPAM\"", "1"),
                    "territory"},
                new Object[] {"a number for a channel", String.format(record, date, "\"48\"", "2", "1"), "channel"},
                new Object[] {"a date with a NUL after it", String.format(record, "\"2009-03-19\\u0000\"",
                    "\"48\"", "\"CPAM\"", "1"), "date"},
                new Object[] {"a date with a space before it", String.format(record, "\" 2009-03-19\"", "\"48\"",
                    "\"CPAM\"", "1"), "date"},
                new Object[] {"a signed year", String.format(record, "\"+2009-03-19\"", "\"48\"", "\"CPAM\"",
                    "1"), "date"},
                new Object[] {"a date as a number", String.format(record, "20090319", "\"48\"", "\"CPAM\"", "1"),
                    "date"},
                new Object[] {"something after the value", String.format(record, date, "\"48\"", "\"CPAM\"", "1")
                    + "xyz", null});
    }
}
