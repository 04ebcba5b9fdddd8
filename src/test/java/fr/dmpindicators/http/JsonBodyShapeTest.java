package fr.dmpindicators.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.Api;
import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Well-formed JSON of the wrong shape, sent to each JSON write of the contract, is refused saying what the operation
 * reads (one object, or an array for a batch) rather than calling it JSON that is not well-formed, and nothing is
 * stored; text that is not one JSON value still is not well-formed JSON.
 */
@QuarkusTest
class JsonBodyShapeTest {

    private static final String MALFORMED = "urn:dmp-indicators:problem:malformed-request";
    private static final String ONE_OBJECT = "The body must be one JSON object (this operation reads one item), not "
            + "another JSON value nor an empty body.";
    private static final String AN_ARRAY = "The body must be a JSON array of items (this operation reads a batch), not "
            + "another JSON value nor an empty body.";

    /** The objective the revisions are sent to, made by the first test that needs it. */
    private static Long objective;

    /**
     * A JSON write: its method and path, an item it would store, and a read that shows whether it stored it; {@code
     * DAY} and {@code OBJECTIVE} stand for a day of the test's own and an objective.
     */
    record Write(String method, String path, String item, String witness) {

        private static final String RECORD = "{\"date\":\"DAY\",\"territory\":\"48\",\"channel\":\"CPAM\","
                + "\"created\":1,\"alimented\":0}";
        private static final String RECORDS = "/api/v1/dmp-creations?territory=48&from=DAY&to=DAY";
        private static final String ESTABLISHMENT = "\"name\":\"Shapes\",\"category\":\"355\",\"territory\":\"01\"}";

        static final List<Write> ALL = List.of(
                new Write("POST", "/api/v1/dmp-creations", RECORD, RECORDS),
                new Write("POST", "/api/v1/dmp-creations/batch", RECORD, RECORDS),
                new Write("PUT", "/api/v1/territories/48/populations/2009", "{\"population\":1,\"source\":\"Shapes\"}",
                        "/api/v1/territories/48"),
                new Write("PUT", "/api/v1/establishments/010000024", "{" + ESTABLISHMENT,
                        "/api/v1/establishments/010000024"),
                new Write("POST", "/api/v1/establishments/batch", "{\"finess\":\"010000024\"," + ESTABLISHMENT,
                        "/api/v1/establishments/010000024"),
                new Write("POST", "/api/v1/objectives", "{\"territory\":\"FR\",\"metric\":\"DMP_CREATED\","
                        + "\"targetValue\":2000,\"startDate\":\"2018-01-01\",\"dueDate\":\"2018-12-31\","
                        + "\"label\":\"Shapes\"}", "/api/v1/objectives?size=1000"),
                new Write("PUT", "/api/v1/objectives/OBJECTIVE", "{\"targetValue\":3000,\"reason\":\"Shapes\"}",
                        "/api/v1/objectives/OBJECTIVE"));

        boolean batch() {
            return path.endsWith("/batch");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Each write with an item in an array (or alone, for a batch) and every JSON value of another kind, or none. */
    static Stream<Arguments> wrongShapes() {
        return Write.ALL.stream().flatMap(write -> Stream.of(write.batch() ? write.item() : "[" + write.item() + "]",
                "[]", "\"x\"", "12", "-1.5", "true", "false", "null", "", " \r\n")
                .filter(body -> !(write.batch() && body.startsWith("[")))
                .map(body -> Arguments.of(write, body)));
    }

    @ParameterizedTest(name = "{0} <{1}>")
    @MethodSource("wrongShapes")
    void shouldSayWhatShapeTheBodyMustHaveAndStoreNothing(Write write, String body) {
        String day = TestDates.unusedDay().toString();
        if (objective == null) {
            objective = Api.newObjective("Shapes");
        }
        String path = write.path().replace("OBJECTIVE", objective.toString());
        String witness = write.witness().replace("DAY", day).replace("OBJECTIVE", objective.toString());
        String before = Api.given().urlEncodingEnabled(false).get(witness).asString();
        Api.given().contentType(ContentType.JSON).body(body.replace("DAY", day))
                .when().request(write.method(), path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is(MALFORMED))
                .body("detail", is(write.batch() ? AN_ARRAY : ONE_OBJECT))
                .body("errors", is((Object) null));
        assertEquals(before, Api.given().urlEncodingEnabled(false).get(witness).asString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"/api/v1/dmp-creations; Le corps doit être un seul objet JSON",
        "/api/v1/dmp-creations/batch; Le corps doit être un tableau JSON"})
    void shouldSayItInFrench(String path, String french) {
        Api.given().contentType(ContentType.JSON).header("Accept-Language", "fr").body("\"x\"")
                .when().post(path)
                .then().statusCode(400).header("Content-Language", "fr")
                .body("detail", containsString(french));
    }

    /** A second value after the first makes the text not one JSON value: not well-formed, as before. */
    @ParameterizedTest(name = "{0} <{1}>")
    @CsvSource(delimiter = ';', value = {"/api/v1/dmp-creations; {\"created\":1} x",
        "/api/v1/dmp-creations; {\"created\":1} {}", "/api/v1/dmp-creations; {} []", "/api/v1/dmp-creations; {",
        "/api/v1/dmp-creations/batch; [] 1", "/api/v1/dmp-creations/batch; [] {}", "/api/v1/dmp-creations/batch; ["})
    void shouldStillCallTextThatIsNotOneJsonValueNotWellFormed(String path, String body) {
        Api.given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("detail", is("The body is not well-formed JSON (line 1)."));
    }
}
