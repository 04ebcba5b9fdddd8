package fr.dmpindicators.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.dmpindicators.RawHttp.Answer;
import fr.dmpindicators.RawHttp;
import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors of the HTTP layer, before any resource (limits of the request line, headers and body, methods a path does
 * not answer, refused cross-origin requests), answer problems like the service's own refusals: status,
 * {@code application/problem+json}, a stable type, title, status and detail.
 */
@QuarkusTest
class HttpLayerProblemsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPE = "urn:dmp-indicators:problem:";

    /** Over the service's limit (8192) and up to the HTTP codec's ceiling (32768), whatever the length. */
    @ParameterizedTest
    @ValueSource(ints = {8193, 12_000, 30_000})
    void shouldRefuseARequestTargetOverTheLimit(int length) {
        String target = "/api/v1/territories?level=";
        target += "x".repeat(length - target.length());
        Answer answer = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost");
        assertProblem(answer, 414, "uri-too-long", "URI too long");
        assertEquals(8192, answer.json().get("limit").asInt());
    }

    /** The REST layer fails on a header it cannot read as media types; the service answers a problem first. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/territories/R11", "GET, /api/v1/indicators/coverage", "DELETE, /api/v1/dmp-creations/1",
        "PUT, /api/v1/establishments/010002301"})
    void shouldRefuseAnAcceptOrContentTypeThatIsNotAMediaType(String method, String path) {
        Answer notAcceptable = RawHttp.send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: not a media type");
        assertProblem(notAcceptable, 406, "not-acceptable", "Not acceptable");
        Answer unsupported = RawHttp.send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: not a media type");
        assertProblem(unsupported, 415, "unsupported-media-type", "Unsupported media type");
    }

    /**
     * A target of exactly the limit passes the HTTP layer and reaches the operation, which judges its parameters (every
     * text parameter of the contract has a length far below the URL limit).
     */
    @Test
    void shouldPassARequestTargetWithinTheLimitToTheOperation() {
        String target = "/api/v1/indicators/coverage?territory=" + "94,".repeat(2717) + "974";
        assertEquals(8192, target.length());
        Answer answer = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost");
        assertProblem(answer, 400, "malformed-request", "Malformed request");
        assertEquals("territory", answer.json().get("errors").get(0).get("field").asText(), answer.body());
    }

    /** The widest realistic scope: every département, URL-encoded, fits well within the limit. */
    @Test
    void shouldServeACombinedScopeOfAllDepartements() throws IOException {
        List<String> codes = departementCodes();
        assertEquals(101, codes.size());
        String scope = String.join("%2C", codes);
        RestAssured.given().urlEncodingEnabled(false)
                .when().get("/api/v1/indicators/coverage?territory=" + scope + "&asOf=2018-06-05")
                .then().statusCode(200)
                .body("scope.codes", hasSize(101));
    }

    /**
     * A target that is not a URI (RFC 3986): a % that begins no percent-encoded byte, or a character that must be
     * percent-encoded, in the path or the query, in a name or a value, on a path of the API, of the platform or of
     * nothing. Quarkus' own check would answer a bare 400 before any route; the service's answers a problem.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/territories?level=%zz", "GET /api/v1/territories?level=%",
        "GET /api/v1/territories?level=%2", "GET /api/v1/territories?le%zzvel=x", "GET /api/v1/territories/%zz",
        "GET /api/v1/indicators/coverage?territory=94&asOf=2018-06-0%", "GET /q/health/ready?x=%G0",
        "GET /q/swagger-ui/%zz", "GET /nothing/%zz", "DELETE /api/v1/dmp-creations/1?x=%zz",
        "GET /api/v1/territories?level=a|b", "GET /api/v1/territories/{94}", "GET /api/v1/territories/9\\4",
        "GET /api/v1/territories?level=<b>", "GET /api/v1/territories?level=\"b\"", "GET /api/v1/channels?x=a^b",
        "GET /api/v1/channels?x=`b`", "OPTIONS /api/v1/channels?x=|"})
    void shouldRefuseATargetThatIsNotAUri(String requestLine) {
        Answer answer = RawHttp.send(requestLine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.admin());
        assertProblem(answer, 400, "malformed-request", "Malformed request");
        assertTrue(answer.json().get("detail").asText().startsWith("The request target (path and query) is not a "
                + "valid URI"), answer.body());
    }

    /**
     * A request target has no fragment (RFC 9112 section 3.2: a client sends none): a # in it is refused, named in its
     * place, rather than cut off with what follows, so that name=Centre#2 no longer searched "Centre" (200) and a path
     * with a # no longer answered "Nothing exists at /api/v1/channels#". Percent-encoded (%23) it is part of a value.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {"/api/v1/establishments?name=Centre#2 35", "/api/v1/channels# 17",
        "/api/v1/territories/94#top 23", "/api/v1/indicators/coverage?territory=94&asOf=2018-06-05#x 57",
        "/nothing# 9"})
    void shouldRefuseAFragmentInTheTargetNamingIt(String target, int at) {
        Answer answer = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost");
        assertProblem(answer, 400, "malformed-request", "Malformed request");
        assertTrue(answer.json().get("detail").asText().contains("\"#\" at character " + at + "."), answer.body());
        RestAssured.given().urlEncodingEnabled(false).when().get("/api/v1/establishments?name=Centre%232")
                .then().statusCode(200);
    }

    @Test
    void shouldNameTheCharacterThatMakesTheTargetNotAUri() {
        Answer answer = RawHttp.send("GET /api/v1/territories?level=a|b HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept-Language: fr");
        assertProblem(answer, 400, "malformed-request", "Requête mal formée");
        assertTrue(answer.json().get("detail").asText().contains("« | » au caractère 28"), answer.body());
    }

    /**
     * A raw ; in the query is refused, naming its place: the REST layer split parameters on it as on &, so that
     * name=Centre; searched "Centre" (the ; dropped without a word), name=a;b was refused for an unknown parameter b,
     * and level=REGION;size=1 read two parameters. Percent-encoded (%3B) it is part of the value.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {"/api/v1/establishments?name=Centre; 35",
        "/api/v1/establishments?name=a;b 30", "/api/v1/territories?level=REGION;size=1 33",
        "/api/v1/indicators/coverage?territory=94;22 41", "/api/v1/channels?; 18"})
    void shouldRefuseASemicolonInTheQueryNamingItsPlace(String target, int at) {
        Answer answer = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost");
        assertProblem(answer, 400, "malformed-request", "Malformed request");
        assertTrue(answer.json().get("detail").asText().contains("; at character " + at + ":"), answer.body());
        RestAssured.given().urlEncodingEnabled(false).when().get(target.replace(";", "%3B"))
                .then().statusCode(not(500)).contentType(not(containsString("html")));
        RestAssured.given().urlEncodingEnabled(false).when().get("/api/v1/establishments?name=Centre%3B")
                .then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void shouldStoreNothingFromAWriteWhoseTargetIsNotAUri() {
        String record = "{\"date\":\"2014-02-03\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0}";
        byte[] body = record.getBytes(StandardCharsets.UTF_8);
        Answer answer = RawHttp.sendChunked("POST /api/v1/dmp-creations?x=%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: application/json", body,
                body.length, (byte) ' ');
        assertProblem(answer, 400, "malformed-request", "Malformed request");
        RestAssured.given().queryParam("territory", "48").queryParam("from", "2014-02-03")
                .queryParam("to", "2014-02-03")
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
    }

    /**
     * The service decompresses nothing: a body announced with a content coding is refused (415, naming the one it
     * reads) rather than read as if it were plain, on every write, and nothing is stored; a body sent as it is passes.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {"POST; /api/v1/dmp-creations; gzip", "POST; /api/v1/dmp-creations; br",
        "POST; /api/v1/dmp-creations/batch; deflate", "POST; /api/v1/dmp-creations; 'gzip, identity'",
        "POST; /api/v1/imports; gzip", "PUT; /api/v1/territories/48/populations/2009; x-anything"})
    void shouldRefuseABodyWithAContentCodingAndStoreNothing(String method, String path, String coding) {
        LocalDate day = TestDates.unusedDay();
        String record = "{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0}";
        String body = path.endsWith("batch") ? "[" + record + "]"
                : path.endsWith("2009") ? "{\"population\":1,\"source\":\"Coded\"}" : record;
        String type = path.endsWith("imports") ? "application/x-ndjson" : "application/json";
        String population = RestAssured.given().get("/api/v1/territories/48").asString();
        RestAssured.given().auth().oauth2(TestTokens.admin()).contentType(type).header("Content-Encoding", coding)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().request(method, path)
                .then().statusCode(415).contentType(PROBLEM)
                .header("Accept-Encoding", "identity")
                .body("type", is(TYPE + "unsupported-media-type"))
                .body("detail", containsString(coding));
        RestAssured.given().queryParam("territory", "48").queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
        assertEquals(population, RestAssured.given().get("/api/v1/territories/48").asString());
    }

    /**
     * Content-Type names one media type (RFC 9110 section 8.3), unlike Accept: a list, a comma left over, or the header
     * sent twice (each {@code |} below starts another Content-Type line) is no media type, refused 415 on every write (it was a 500, the REST layer failing to read it) and
     * nothing is stored.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {"POST; /api/v1/dmp-creations; application/json, text/csv",
        "POST; /api/v1/dmp-creations; 'application/json,'", "POST; /api/v1/dmp-creations/batch; ', application/json'",
        "POST; /api/v1/dmp-creations/batch; text/csv, application/json",
        "POST; /api/v1/dmp-creations; application/json | application/json",
        "POST; /api/v1/dmp-creations; application/json | text/plain",
        "POST; /api/v1/imports; application/x-ndjson, text/csv", "POST; /api/v1/objectives; application/json, */*",
        "PUT; /api/v1/territories/48/populations/2009; application/json, application/json"})
    void shouldRefuseAContentTypeThatIsNotOneMediaTypeAndStoreNothing(String method, String path, String type) {
        LocalDate day = TestDates.unusedDay();
        String record = "{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0}";
        String body = path.endsWith("batch") ? "[" + record + "]"
                : path.endsWith("2009") ? "{\"population\":1,\"source\":\"Listed\"}"
                : path.endsWith("objectives") ? "{\"territory\":\"48\",\"metric\":\"DMP_CREATED\",\"targetValue\":5,"
                        + "\"startDate\":\"" + day + "\",\"dueDate\":\"2030-01-01\",\"label\":\"Listed\"}"
                : record;
        String population = RestAssured.given().get("/api/v1/territories/48").asString();
        String objectives = RestAssured.given().queryParam("territory", "48").get("/api/v1/objectives").asString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Answer answer = RawHttp.send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.admin() + "\r\nContent-Length: " + bytes.length + "\r\nContent-Type: "
                + type.replace(" | ", "\r\nContent-Type: "), bytes);
        assertProblem(answer, 415, "unsupported-media-type", "Unsupported media type");
        RestAssured.given().queryParam("territory", "48").queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
        assertEquals(population, RestAssured.given().get("/api/v1/territories/48").asString());
        assertEquals(objectives,
                RestAssured.given().queryParam("territory", "48").get("/api/v1/objectives").asString());
    }

    /**
     * A request sends its host once (RFC 9112 section 3.2: a server must answer 400 to more than one Host line) and its
     * credentials once (Authorization is no list, RFC 9110 section 11.6.2): it was served by the first line and the
     * others ignored, on reads and writes (a write stored by the first of two tokens, a 201's Location built from a
     * host named twice). Now a 400 problem naming the header, before anything is read or stored.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {"GET; /api/v1/channels; Host: a | Host: b",
        "GET; /api/v1/territories/94; Host: localhost | Host: localhost",
        "GET; /api/v1/indicators/coverage; Host: a | Host: b | Host: c",
        "POST; /api/v1/dmp-creations; Host: localhost | Host: evil.example | Authorization: Bearer ADMIN",
        "OPTIONS; /api/v1/dmp-creations; Host: a | Host: b",
        "POST; /api/v1/dmp-creations; Host: localhost | Authorization: Bearer ADMIN | Authorization: Bearer x",
        "POST; /api/v1/dmp-creations; Host: localhost | Authorization: Bearer ADMIN | Authorization: Bearer ADMIN",
        "GET; /api/v1/channels; Host: localhost | Authorization: Bearer x | authorization: Basic eDp5"})
    void shouldRefuseARequestSendingItsHostOrCredentialsMoreThanOnce(String method, String path, String headers) {
        LocalDate day = TestDates.unusedDay();
        byte[] body = ("{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0}").getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\n"
                + headers.replace(" | ", "\r\n").replace("ADMIN", TestTokens.admin());
        Answer answer = method.equals("POST")
                ? RawHttp.send(head + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length, body)
                : RawHttp.send(head);
        assertProblem(answer, 400, "malformed-request", "Malformed request");
        String repeated = headers.toLowerCase().indexOf("host:") != headers.toLowerCase().lastIndexOf("host:")
                ? "Host" : "Authorization";
        assertTrue(answer.json().get("detail").asText().contains(repeated), answer.body());
        RestAssured.given().queryParam("territory", "48").queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
    }

    /**
     * An import reads CSV or JSON lines, told apart by the Content-Type alone: a file without one cannot be read and is
     * refused 415, saying so (it was a 500, the resource reading a content type that was not there), whatever the
     * file holds and however it is sent, and no job is queued.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"date,territory,channel,created,alimented\n2014-02-03,48,CPAM,1,0\n",
        "{\"date\":\"2014-02-03\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,\"alimented\":0}\n", "x",
        ""})
    void shouldRefuseAFileWithoutAContentTypeAndQueueNothing(String file) {
        int jobs = RestAssured.given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/imports")
                .then().statusCode(200).extract().path("totalItems");
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.admin();
        for (Answer answer : List.of(RawHttp.send(head + "\r\nContent-Length: " + bytes.length, bytes),
                RawHttp.sendChunked(head, bytes, bytes.length, (byte) ' '))) {
            assertProblem(answer, 415, "unsupported-media-type", "Unsupported media type");
            assertTrue(answer.json().get("detail").asText().contains("without a content type"), answer.body());
        }
        RestAssured.given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/imports")
                .then().statusCode(200).body("totalItems", is(jobs));
    }

    @Test
    void shouldReadABodyDeclaredAsItIs() {
        LocalDate day = TestDates.unusedDay();
        RestAssured.given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .header("Content-Encoding", "identity")
                .body("{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                        + "\"alimented\":0}")
                .when().post("/api/v1/dmp-creations")
                .then().statusCode(201);
    }

    /** One large header, or many small ones adding up, over the limit (16 KiB) and under the codec's ceiling. */
    @ParameterizedTest
    @CsvSource({"1, 17000", "40, 500", "1, 60000"})
    void shouldRefuseHeadersOverTheLimit(int count, int size) {
        StringBuilder head = new StringBuilder("GET /api/v1/channels HTTP/1.1\r\nHost: localhost");
        for (int i = 0; i < count; i++) {
            head.append("\r\nX-Padding-").append(i).append(": ").append("y".repeat(size));
        }
        Answer answer = RawHttp.send(head.toString());
        assertProblem(answer, 431, "headers-too-large", "Request headers too large");
        assertEquals(16384, answer.json().get("limit").asInt());
    }

    @Test
    void shouldServeHeadersWithinTheLimit() {
        Answer answer = RawHttp.send("GET /api/v1/channels HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "y".repeat(15_000));
        assertEquals(200, answer.status(), answer.body());
    }

    /** A body streamed without a length is held to the same limit as one that announces it, JSON or CSV. */
    @ParameterizedTest
    @CsvSource({"application/json, 17000000", "text/csv, 17000000", "application/json, 40000000"})
    void shouldRefuseAChunkedBodyOverTheLimit(String contentType, long size) {
        Answer answer = RawHttp.sendChunked("POST /api/v1/dmp-creations/batch HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: " + contentType,
                new byte[0], size, (byte) ' ');
        assertProblem(answer, 413, "payload-too-large", "Payload too large");
        assertEquals(16 * 1024 * 1024, answer.json().get("limit").asInt());
    }

    @Test
    void shouldReadAChunkedBodyWithinTheLimit() {
        byte[] batch = "[{\"date\":\"2018-06-04\",\"territory\":\"94\",\"channel\":\"CPAM\",\"created\":3,\"alimented\":1}]"
                .getBytes(StandardCharsets.UTF_8);
        Answer answer = RawHttp.sendChunked("POST /api/v1/dmp-creations/batch?dryRun=true HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + TestTokens.admin() + "\r\n"
                + "Content-Type: application/json", batch, batch.length + 3_000_000, (byte) ' ');
        assertEquals(200, answer.status(), answer.body());
        assertEquals(1, answer.json().get("received").asInt());
    }

    /** A method the path does not answer: 405 naming, in Allow, the methods the contract gives that path. */
    @ParameterizedTest
    @CsvSource({
        "DELETE, /api/v1/territories, 'GET, HEAD, OPTIONS'",
        "POST, /api/v1/territories/94, 'GET, HEAD, OPTIONS'",
        "GET, /api/v1/dmp-creations/batch, 'OPTIONS, POST'",
        "PATCH, /api/v1/dmp-creations/12, 'DELETE, GET, HEAD, OPTIONS'",
        "DELETE, /api/v1/objectives/3, 'GET, HEAD, OPTIONS, PUT'",
        "PUT, /api/v1/indicators/coverage, 'GET, HEAD, OPTIONS'"})
    void shouldRefuseAMethodNamingThoseThePathAnswers(String method, String path, String allow) {
        ValidatableResponse response = RestAssured.given().auth().oauth2(TestTokens.admin())
                .when().request(method, path)
                .then().statusCode(405).contentType(PROBLEM).header("Allow", allow)
                .header("X-Request-Id", not(nullValue()))
                .body("type", is(TYPE + "method-not-allowed"))
                .body("title", is("Method not allowed"))
                .body("status", is(405))
                .body("detail", is("This path answers " + allow + ", not " + method + "."));
        response.body("instance", is(path));
    }

    /** Every method an Allow header names is one the path answers (not 405). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/territories/94", "/api/v1/establishments/010000024", "/api/v1/objectives/1"})
    void shouldAnswerPlainOptionsWithTheMethodsThePathAnswers(String path) {
        String allow = RestAssured.given().when().options(path)
                .then().statusCode(204).extract().header("Allow");
        for (String method : allow.split(", ")) {
            RestAssured.given().auth().oauth2(TestTokens.admin()).when().request(method, path)
                    .then().statusCode(not(405));
        }
    }

    /**
     * A plain OPTIONS on a path nothing answers is a 404 problem, like any other method there: it was a 200 without a
     * body whose Allow named GET, POST, PUT and DELETE, for a path that answers none of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing", "/api/v1/territories/94/nothing", "/api/v2/channels", "/api",
        "/nothing", "/page/nothing.js", "/vendor/nothing/x.js", "/page/"})
    void shouldAnswerOptionsOnAPathNothingAnswersWithNotFound(String path) {
        Answer answer = RawHttp.send("OPTIONS " + path + " HTTP/1.1\r\nHost: localhost");
        assertProblem(answer, 404, "not-found", "Not found");
        assertEquals(null, answer.header("Allow"), answer.body());
    }

    /** The dashboard page's files answer GET and HEAD only, and a plain OPTIONS says so. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/page/main.js", "/page/favicon.svg"})
    void shouldAnswerPlainOptionsOnThePageWithGetAndHead(String path) {
        RestAssured.given().when().options(path).then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
        RestAssured.given().when().get(path).then().statusCode(200);
    }

    /**
     * A method the page's files do not answer is a 405 naming GET and HEAD, as on the API's paths: it was a 404
     * "Nothing exists at /", for a path that GET answers.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT, /", "POST, /index.html", "DELETE, /page/main.js", "PATCH, /page/favicon.svg",
        "TRACE, /"})
    void shouldRefuseAMethodThePageDoesNotAnswerNamingGetAndHead(String method, String path) {
        RestAssured.given().body("x").when().request(method, path)
                .then().statusCode(405).contentType(PROBLEM).header("Allow", "GET, HEAD, OPTIONS")
                .body("type", is(TYPE + "method-not-allowed"))
                .body("detail", is("This path answers GET, HEAD, OPTIONS, not " + method + "."));
        RestAssured.given().when().request(method, "/page/nothing.js").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldStillAnswerAPreflightFromAnAllowedOrigin() {
        RestAssured.given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/dmp-creations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        RestAssured.given().header("Origin", "http://localhost:3000")
                .when().get("/api/v1/channels")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    /** Origins other than the configured one (another host, scheme or port, or none at all) are refused. */
    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "https://localhost:3000", "http://localhost:3001", "null"})
    void shouldRefuseAForeignOriginAsAProblem(String origin) {
        RestAssured.given().header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/territories")
                .then().statusCode(403).contentType(PROBLEM)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", is(TYPE + "cors-refused"))
                .body("title", is("Cross-origin request refused"))
                .body("status", is(403))
                .body("detail", is("Requests from the origin " + origin + " are not allowed"
                        + " (quarkus.http.cors.origins)."));
        RestAssured.given().header("Origin", origin)
                .when().get("/api/v1/territories")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", is(TYPE + "cors-refused"));
    }

    @Test
    void shouldRefuseACrossOriginMethodNotConfigured() {
        RestAssured.given().header("Origin", "http://localhost:3000")
                .when().patch("/api/v1/territories")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", is(TYPE + "cors-refused"))
                .body("detail", is("Cross-origin requests may not use PATCH (quarkus.http.cors.methods)."));
    }

    @Test
    void shouldServeTheServiceOwnOrigin() {
        String self = "http://localhost:" + RestAssured.port;
        RestAssured.given().header("Origin", self)
                .when().get("/api/v1/channels")
                .then().statusCode(200);
    }

    static void assertProblem(Answer answer, int status, String type, String title) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith(PROBLEM), answer.header("Content-Type"));
        JsonNode problem = answer.json();
        assertEquals(TYPE + type, problem.get("type").asText());
        assertEquals(title, problem.get("title").asText());
        assertEquals(status, problem.get("status").asInt());
        assertNotEquals("", problem.path("detail").asText(""));
        assertNotEquals(null, answer.header("X-Request-Id"));
    }

    private static List<String> departementCodes() throws IOException {
        try (InputStream in = HttpLayerProblemsTest.class.getResourceAsStream("/reference/departements.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toList());
        }
    }
}
