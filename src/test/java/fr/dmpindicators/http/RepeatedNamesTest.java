package fr.dmpindicators.http;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.Api;
import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A member name given twice in one JSON object is refused, naming it, on every write that reads a JSON body: Jackson
 * would otherwise keep the last value without a word, so {@code "created":1,...,"created":2} stored 2. The same name
 * spelt with an escape, or given twice with the same value, is the same name. Nothing is stored: what the write would
 * change reads the same before and after.
 */
@QuarkusTest
class RepeatedNamesTest {

    private static final String MALFORMED = "urn:dmp-indicators:problem:malformed-request";

    private static final LocalDate DAY = TestDates.unusedDay();

    /** A body that gives {@code field} twice; {@code witness} reads what the write would have changed. */
    record Write(String name, String method, String path, String body, String field, Integer index, String witness) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static long objectiveId;

    private static synchronized String objective() {
        if (objectiveId == 0) {
            objectiveId = Api.newObjective("Kept");
        }
        return "/api/v1/objectives/" + objectiveId;
    }

    static Stream<Write> writes() {
        String records = "/api/v1/dmp-creations?territory=48&from=" + DAY + "&to=" + DAY;
        String record = "{\"date\":\"" + DAY + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":1%s}";
        String establishment = "/api/v1/establishments/010000024";
        return Stream.of(
                new Write("a record with created twice", "POST", "/api/v1/dmp-creations",
                        String.format(record, ",\"created\":2"), "created", null, records),
                new Write("a record with the same value twice", "POST", "/api/v1/dmp-creations",
                        String.format(record, ",\"alimented\":1"), "alimented", null, records),
                new Write("a record with the name spelt with an escape", "POST", "/api/v1/dmp-creations",
                        String.format(record, ",\"cr\\u0065ated\":2"), "created", null, records),
                new Write("the second record of a batch", "POST", "/api/v1/dmp-creations/batch",
                        "[" + String.format(record, "") + "," + String.format(record, ",\"territory\":\"13\"") + "]",
                        "territory", 1, records),
                new Write("an objective", "POST", "/api/v1/objectives",
                        "{\"territory\":\"FR\",\"metric\":\"DMP_CREATED\",\"targetValue\":1000,\"targetValue\":5,"
                                + "\"startDate\":\"2018-01-01\",\"dueDate\":\"2018-12-31\",\"label\":\"Twice\"}",
                        "targetValue", null, "/api/v1/objectives?territory=FR"),
                new Write("a revision of an objective", "PUT", "{objective}",
                        "{\"targetValue\":2000,\"reason\":\"Revised\",\"reason\":\"Again\"}", "reason", null,
                        "{objective}"),
                new Write("an establishment", "PUT", establishment,
                        "{\"name\":\"Kept\",\"category\":\"355\",\"territory\":\"01\",\"name\":\"Other\"}", "name",
                        null, establishment),
                new Write("an establishment of a batch", "POST", "/api/v1/establishments/batch",
                        "[{\"finess\":\"010000024\",\"finess\":\"010000024\",\"name\":\"Other\",\"category\":\"355\","
                                + "\"territory\":\"01\"}]", "finess", 0, establishment),
                new Write("a reference population", "PUT", "/api/v1/territories/48/populations/2009",
                        "{\"population\":76000,\"source\":\"Test\",\"population\":1}", "population", null,
                        "/api/v1/territories/48"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldRefuseANameGivenTwiceNamingItAndStoreNothing(Write write) {
        String path = write.path().replace("{objective}", objective());
        String witness = write.witness().replace("{objective}", objective());
        String before = read(witness);
        given().contentType(ContentType.JSON).body(write.body())
                .when().request(write.method(), path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is(MALFORMED))
                .body("errors[0].field", is(write.field()))
                .body("errors[0].index", write.index() == null ? nullValue() : is(write.index()))
                .body("errors[0].message", is("is given more than once in the same object; give each field once"));
        assertEquals(before, read(witness));
    }

    /** The status and body of a read, so that a resource still absent must stay absent. */
    private static String read(String path) {
        Response read = given().when().get(path);
        return read.statusCode() + " " + read.asString();
    }

    @Test
    void shouldSayItInTheRequestsLanguage() {
        given().contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body("{\"targetValue\":2000,\"targetValue\":3000,\"reason\":\"Revised\"}")
                .when().put(objective())
                .then().statusCode(400)
                .body("detail", containsString("targetValue"))
                .body("errors[0].message", is("figure plus d’une fois dans le même objet ; donnez chaque champ une "
                        + "seule fois"));
    }
}
