package fr.dmpindicators.http;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the served contract refuses what it does not declare and every value its parameters cannot
 * take, naming the parameter: unknown and misspelt names, repeated and empty values, control characters, values of
 * the wrong type or out of bounds. The operations and their parameters are read from the contract the service
 * serves, so a new operation is covered without touching this test.
 */
@QuarkusTest
class ParameterScreeningTest {

    private static final String MALFORMED = "urn:dmp-indicators:problem:malformed-request";

    /** One operation of the contract, with its declared parameters (references resolved). */
    record Operation(String id, String method, String path, List<Map<String, Object>> parameters) {

        List<Map<String, Object>> in(String location) {
            return parameters.stream().filter(p -> location.equals(p.get("in"))).toList();
        }

        List<String> queryNames() {
            return in("query").stream().map(p -> (String) p.get("name")).toList();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static final Map<String, Object> CONTRACT = read(Path.of("openapi/openapi.yaml"));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path yaml) {
        try {
            return new YAMLMapper().readValue(yaml.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a path of keys in the contract ({@code ContractTest} checks the service serves this file). */
    @SuppressWarnings("unchecked")
    private static <T> T at(String... keys) {
        Object node = CONTRACT;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    @SuppressWarnings("unchecked")
    static List<Operation> operations() {
        Map<String, Map<String, Object>> shared = at("components", "parameters");
        Map<String, Map<String, Object>> paths = at("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, spec) -> {
            Map<String, Object> operation = (Map<String, Object>) spec;
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) operation.getOrDefault("parameters",
                    List.of())) {
                Object ref = p.get("$ref");
                parameters.add(ref == null ? p
                        : shared.get(((String) ref).substring("#/components/parameters/".length())));
            }
            operations.add(new Operation((String) operation.get("operationId"), method.toUpperCase(), path,
                    parameters));
        }));
        assertTrue(operations.size() > 20, "the contract should list every operation");
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
        Object ref = schema.get("$ref");
        if (ref != null) {
            return at("components", "schemas", ((String) ref).substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** A value the parameter accepts: its example, its first enum value, or one of its type. */
    @SuppressWarnings("unchecked")
    private static String validValue(Map<String, Object> parameter) {
        if (parameter.get("example") != null) {
            return String.valueOf(parameter.get("example"));
        }
        Map<String, Object> schema = schema(parameter);
        if (schema.get("enum") != null) {
            return String.valueOf(((List<Object>) schema.get("enum")).get(0));
        }
        return switch (String.valueOf(schema.get("type")) + "/" + schema.get("format")) {
            case "string/date" -> "2018-06-05";
            case "integer/int32", "integer/int64" -> "1";
            case "boolean/null" -> "true";
            default -> "FR";
        };
    }

    /** The operation's request with valid path parameters and its required query parameters, as an admin. */
    private static RequestSpecification request(Operation operation) {
        return request(operation, List.of());
    }

    /** The same, leaving out these required query parameters, which the caller gives itself. */
    private static RequestSpecification request(Operation operation, List<String> given) {
        RequestSpecification request = given();
        for (Map<String, Object> p : operation.in("path")) {
            request = request.pathParam((String) p.get("name"), validValue(p));
        }
        for (Map<String, Object> p : operation.in("query")) {
            if (Boolean.TRUE.equals(p.get("required")) && !given.contains(p.get("name"))) {
                request = request.queryParam((String) p.get("name"), validValue(p));
            }
        }
        return withBody(request, operation);
    }

    /** A body the operation reads, where it takes one. */
    private static RequestSpecification withBody(RequestSpecification request, Operation operation) {
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return request;
        }
        Map<String, Object> bodies = at("paths", operation.path(), operation.method().toLowerCase(), "requestBody",
                "content");
        // A whole file (an import) is CSV or JSON lines only: a JSON body would be refused (415) first.
        return bodies.containsKey("application/json")
                ? request.contentType(ContentType.JSON).body(operation.path().endsWith("/batch") ? "[]" : "{}")
                : request.contentType("text/csv; charset=UTF-8").body("date,territory,channel,created,alimented\n");
    }

    private static ValidatableResponse send(RequestSpecification request, Operation operation) {
        return request.when().request(operation.method(), operation.path()).then();
    }

    @ParameterizedTest
    @MethodSource("operations")
    void shouldRefuseAnUnknownParameterListingTheAcceptedOnes(Operation operation) {
        ValidatableResponse answer = send(request(operation).queryParam("zzz", "1"), operation)
                .statusCode(400).contentType("application/problem+json")
                .body("type", is(MALFORMED))
                .body("errors.field", hasItem("zzz"))
                .body("errors.find { it.field == 'zzz' }.message", is("is not a parameter of this operation"));
        if (operation.queryNames().isEmpty()) {
            answer.body("detail", containsString("this operation takes no query parameters"));
        } else {
            answer.body("detail", containsString("this operation accepts "));
            operation.queryNames().forEach(name -> answer.body("detail", containsString(name)));
        }
    }

    static Stream<Object[]> queryParameters() {
        return operations().stream().flatMap(operation -> operation.in("query").stream()
                .map(parameter -> new Object[] {operation, parameter.get("name"), parameter}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("queryParameters")
    void shouldSuggestTheParameterAMisspeltNameMeant(Operation operation, String name, Map<String, Object> p) {
        String misspelt = name.length() > 3 ? name.substring(0, name.length() - 1) + "x" : name + "x";
        send(request(operation).queryParam(misspelt, validValue(p)), operation)
                .statusCode(400).body("type", is(MALFORMED))
                .body("errors.find { it.field == '" + misspelt + "' }.message",
                        is("is not a parameter of this operation; did you mean " + name + "?"));
        String otherCase = name.toUpperCase();
        send(without(operation, name).queryParam(otherCase, validValue(p)), operation)
                .statusCode(400)
                .body("errors.find { it.field == '" + otherCase + "' }.message", containsString(name + "?"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("queryParameters")
    void shouldRefuseARepeatedOrEmptyParameter(Operation operation, String name, Map<String, Object> p) {
        RequestSpecification repeated = request(operation);
        if (!Boolean.TRUE.equals(p.get("required"))) {
            repeated = repeated.queryParam(name, validValue(p));
        }
        send(repeated.queryParam(name, validValue(p)), operation)
                .statusCode(400).body("type", is(MALFORMED))
                .body("errors.find { it.field == '" + name + "' }.message", is("is given 2 times; give it once"));
        send(withOnly(operation, name, ""), operation)
                .statusCode(400).body("type", is(MALFORMED))
                .body("errors.find { it.field == '" + name + "' }.message",
                        is("must not be empty; leave it out for the default"));
    }

    /** Each class of forbidden character: C0 controls (NUL, tab, line feed, unit separator), DEL, C1, U+FFFF. */
    static final List<String> FORBIDDEN = List.of("\u0000", "\t", "\n", "\u001F", "\u007F", "\u0085", "\u009F",
            "\uFFFF");

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("queryParameters")
    void shouldRefuseControlCharactersInAnyParameter(Operation operation, String name, Map<String, Object> p) {
        for (String character : FORBIDDEN) {
            send(withOnly(operation, name, "a" + character + "b"), operation)
                    .statusCode(400).body("type", is(MALFORMED))
                    .body("errors.find { it.field == '" + name + "' }.message",
                            is("must not contain control characters (" + String.format("U+%04X",
                                    (int) character.charAt(0)) + " at position 1)"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("queryParameters")
    @SuppressWarnings("unchecked")
    void shouldRefuseAValueOfTheWrongTypeNamingWhatIsExpected(Operation operation, String name,
            Map<String, Object> p) {
        Map<String, Object> schema = schema(p);
        Map<String, String> expected = new LinkedHashMap<>();
        if (schema.get("enum") != null) {
            String allowed = String.join(", ", ((List<Object>) schema.get("enum")).stream().map(String::valueOf)
                    .toList());
            expected.put("WEEKLY", "must be one of " + allowed);
            expected.put(validValue(p).toLowerCase(), "must be one of " + allowed);
        } else if ("date".equals(schema.get("format"))) {
            for (String date : List.of("2018-13-01", "2018-02-30", "05/06/2018", "20180605", "2018-6-5", "today")) {
                expected.put(date, "must be a date as YYYY-MM-DD");
            }
        } else if ("integer".equals(schema.get("type"))) {
            String bounds = schema.get("maximum") == null ? "" : " from " + schema.get("minimum") + " to "
                    + schema.get("maximum");
            for (String number : List.of("abc", "1.5", "1e3", "99999999999")) {
                expected.put(number, "must be a whole number" + bounds);
            }
            if (schema.get("minimum") != null) {
                expected.put(String.valueOf(((Number) schema.get("minimum")).longValue() - 1),
                        "must be a whole number" + bounds);
                expected.put(String.valueOf(((Number) schema.get("maximum")).longValue() + 1),
                        "must be a whole number" + bounds);
            }
        } else if ("boolean".equals(schema.get("type"))) {
            for (String flag : List.of("yes", "1", "on")) {
                expected.put(flag, "must be true or false");
            }
        } else if (schema.get("maxLength") != null) {
            expected.put("X".repeat(((Number) schema.get("maxLength")).intValue() + 1),
                    "must have at most " + schema.get("maxLength") + " characters");
        }
        expected.forEach((value, message) -> send(withOnly(operation, name, value), operation)
                .statusCode(400).body("type", is(MALFORMED))
                .body("errors.find { it.field == '" + name + "' }.message", is(message))
                .body("detail", containsString(name + " " + message)));
    }

    /** The operation's request, with the given value for one parameter in place of any valid one. */
    private static RequestSpecification withOnly(Operation operation, String name, String value) {
        return without(operation, name).queryParam(name, value);
    }

    /** The operation's request with valid path and required query parameters, except one. */
    private static RequestSpecification without(Operation operation, String name) {
        RequestSpecification request = given();
        for (Map<String, Object> p : operation.in("path")) {
            request = request.pathParam((String) p.get("name"), validValue(p));
        }
        for (Map<String, Object> p : operation.in("query")) {
            if (Boolean.TRUE.equals(p.get("required")) && !name.equals(p.get("name"))) {
                request = request.queryParam((String) p.get("name"), validValue(p));
            }
        }
        return withBody(request, operation);
    }

    @Test
    void shouldNameAMissingRequiredParameter() {
        given().when().get("/api/v1/indicators/breakdown")
                .then().statusCode(400).body("type", is(MALFORMED))
                .body("errors.field", hasItem("by"))
                .body("detail", is("by is required."));
    }

    @Test
    void shouldNoLongerAnswerForTheNationWhenTheScopeIsMisspelt() {
        given().queryParam("territoire", "94").when().get("/api/v1/indicators/coverage")
                .then().statusCode(400)
                .body("detail", is("territoire is not a parameter of this operation; did you mean territory?;"
                        + " this operation accepts territory, asOf, from."));
        given().queryParam("region", "R11").when().get("/api/v1/dmp-creations")
                .then().statusCode(400).body("errors[0].field", is("region"));
    }

    static Stream<Object[]> pathParameters() {
        return operations().stream().flatMap(operation -> operation.in("path").stream()
                .map(parameter -> new Object[] {operation, parameter.get("name"), parameter}));
    }

    /**
     * A path parameter that cannot name anything: a read or a delete answers 404 like any unknown identifier; a write
     * answers 400 when the value cannot be read (not a number) and 422 when it breaks a bound. Either way the status
     * is one the contract lists for the operation.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pathParameters")
    @SuppressWarnings("unchecked")
    void shouldAnswerAMalformedPathParameterWithAStatusTheContractLists(Operation operation, String name,
            Map<String, Object> p) {
        Map<String, Object> schema = schema(p);
        Map<String, Integer> writes = new LinkedHashMap<>();
        if ("integer".equals(schema.get("type"))) {
            writes.put("abc", 400);
            if (schema.get("minimum") != null) {
                writes.put(String.valueOf(((Number) schema.get("minimum")).longValue() - 1), 422);
            }
        }
        if (schema.get("maxLength") != null) {
            writes.put("9".repeat(((Number) schema.get("maxLength")).intValue() + 1), 422);
        }
        boolean lookup = operation.method().equals("GET") || operation.method().equals("DELETE");
        Map<String, Object> responses = at("paths", operation.path(),
                operation.method().toLowerCase(), "responses");
        writes.forEach((value, writeStatus) -> {
            int status = lookup ? 404 : writeStatus;
            RequestSpecification request = request(operation);
            request.pathParam(name, value);
            send(request, operation).statusCode(status).contentType("application/problem+json")
                    .body("detail", containsString(name));
            assertTrue(responses.containsKey(String.valueOf(status)),
                    operation.id() + " answers " + status + " but the contract does not list it");
        });
    }

    /**
     * A period whose from is after its to is refused, 400 naming from, on every operation that takes both (the lists of
     * records and of audit entries answered 200 with no items, as if the period were empty; the indicators refused it
     * already). A period of one day is no error.
     */
    @ParameterizedTest
    @MethodSource("operations")
    void shouldRefuseAPeriodEndingBeforeItStarts(Operation operation) {
        if (!operation.queryNames().containsAll(List.of("from", "to"))) {
            return;
        }
        List<String> period = List.of("from", "to");
        send(request(operation, period).queryParam("from", "2018-06-05").queryParam("to", "2018-06-04"), operation)
                .statusCode(400).contentType("application/problem+json")
                .body("type", is(MALFORMED))
                .body("errors.field", hasItem("from"));
        send(request(operation, period).queryParam("from", "2018-06-05").queryParam("to", "2018-06-05"), operation)
                .statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("operations")
    void shouldListTheBadRequestAnswerOnEveryOperation(Operation operation) {
        Map<String, Object> responses = at("paths", operation.path(),
                operation.method().toLowerCase(), "responses");
        assertTrue(responses.containsKey("400"), operation.id() + " refuses unknown parameters with 400");
    }

    @ParameterizedTest
    @MethodSource("operations")
    void shouldListNotAcceptableOnEveryReadThatCanAnswerIt(Operation operation) {
        if (!operation.method().equals("GET")) {
            return;
        }
        int status = send(request(operation).accept("application/xml"), operation).extract().statusCode();
        Map<String, Object> responses = at("paths", operation.path(), "get", "responses");
        assertTrue(responses.containsKey(String.valueOf(status)),
                operation.id() + " answers " + status + " to Accept: application/xml; the contract should list it");
    }
}
