package fr.dmpindicators.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may write: tokens are checked by signature, issuer, audience and expiry; producers write their regions only;
 * every refusal is a problem response and leaves stored data as it was.
 */
@QuarkusTest
class SecurityTest {

    private static final String PROBLEM = "application/problem+json";

    private LocalDate day;

    @BeforeEach
    void giveThisTestItsOwnDay() {
        day = TestDates.unusedDay();
    }

    private Map<String, Object> cpam(String territory, long created) {
        Map<String, Object> record = new HashMap<>();
        record.put("date", day.toString());
        record.put("territory", territory);
        record.put("channel", "CPAM");
        record.put("created", created);
        record.put("alimented", 0);
        return record;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private ValidatableResponse push(RequestSpecification request, Map<String, Object> record) {
        return request.contentType(ContentType.JSON).body(record).when().post("/api/v1/dmp-creations").then();
    }

    private int storedOnMyDay() {
        return given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).extract().path("totalItems");
    }

    private void assertRefusedAsUnauthenticated(RequestSpecification request, TokenRefusal reason) {
        push(request, cpam("94", 1)).statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", is("Bearer error=\"invalid_token\", error_description=\""
                        + reason.description() + "\""))
                .body("type", is("urn:dmp-indicators:problem:unauthorized"))
                .body("detail", is(reason.description()));
        assertEquals(0, storedOnMyDay(), "a refused write must store nothing");
    }

    @Test
    void shouldRefuseAWriteWithoutTokenWithABareChallenge() {
        push(given(), cpam("94", 1)).statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", is("Bearer"))
                .body("type", is("urn:dmp-indicators:problem:unauthorized"));
        push(given().header("Authorization", "Basic YWRtaW46YWRtaW4="), cpam("94", 1)).statusCode(401)
                .header("WWW-Authenticate", is("Bearer"));
        assertEquals(0, storedOnMyDay(), "a refused write must store nothing");
    }

    /** Every class of refused token, with the reason the answer must give. */
    static Stream<Arguments> refusedTokens() {
        long now = Instant.now().getEpochSecond();
        String genuine = TestTokens.producer("R11");
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"producer\"", "\"admin\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        return Stream.of(
                Arguments.of("expired long ago", TestTokens.sign(TestTokens.claims("late", "admin", List.of())
                        .issuedAt(1_500_000_000L).expiresAt(1_500_003_600L)), TokenRefusal.EXPIRED),
                Arguments.of("expired beyond the clock skew", TestTokens.sign(TestTokens.claims("late", "admin",
                        List.of()).issuedAt(now - 3600).expiresAt(now - 120)), TokenRefusal.EXPIRED),
                Arguments.of("signed by a stranger", TestTokens.claims("forger", "admin", List.of())
                        .sign(TestTokens.strangerKey()), TokenRefusal.SIGNATURE),
                Arguments.of("a producer made admin", tampered, TokenRefusal.SIGNATURE),
                Arguments.of("another issuer", TestTokens.sign(TestTokens.claims("stranger", "admin", List.of())
                        .issuer("https://elsewhere.example/realms/other")), TokenRefusal.ISSUER),
                Arguments.of("another audience", TestTokens.sign(TestTokens.claims("stranger", "admin", List.of())
                        .audience("another-service")), TokenRefusal.AUDIENCE),
                Arguments.of("issued in the future", TestTokens.sign(TestTokens.claims("early", "admin", List.of())
                        .issuedAt(now + 600).expiresAt(now + 4200)), TokenRefusal.NOT_YET_VALID),
                Arguments.of("valid only from the future", TestTokens.sign(TestTokens.claims("early", "admin",
                        List.of()).claim("nbf", now + 600)), TokenRefusal.NOT_YET_VALID),
                Arguments.of("not a JWT", "not-a-jwt", TokenRefusal.MALFORMED),
                Arguments.of("not signed", unsigned, TokenRefusal.MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void shouldRefuseAnInvalidTokenSayingWhy(String what, String token, TokenRefusal reason) {
        assertRefusedAsUnauthenticated(as(token), reason);
    }

    @Test
    void shouldAcceptATokenIssuedWithinTheClockSkew() {
        long now = Instant.now().getEpochSecond();
        push(as(TestTokens.sign(TestTokens.claims("skewed", "admin", List.of()).issuedAt(now + 20)
                .expiresAt(now + 3600))), cpam("94", 1)).statusCode(201);
    }

    @Test
    void shouldLetAProducerWriteItsRegionOnly() {
        String idf = TestTokens.producer("R11");
        push(as(idf), cpam("94", 5)).statusCode(201);
        push(as(idf), cpam("22", 5)).statusCode(403).contentType(PROBLEM)
                .body("type", is("urn:dmp-indicators:problem:forbidden"))
                .body("errors[0].field", is("territory"))
                .body("errors[0].message", is("is outside the regions this token may write (R11)"));
        assertEquals(1, storedOnMyDay());
        int id = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().extract().path("items[0].id");
        as(TestTokens.producer("R53")).when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(403);
        assertEquals(1, storedOnMyDay());
        as(idf).when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204);
        assertEquals(0, storedOnMyDay());
    }

    @Test
    void shouldRefuseAWholeAtomicBatchTouchingAnotherRegion() {
        as(TestTokens.producer("R11")).contentType(ContentType.JSON)
                .body(List.of(cpam("94", 1), cpam("75", 1), cpam("22", 1), cpam("80", 1)))
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(403).contentType(PROBLEM)
                .body("errors.index", contains(2, 3)).body("errors.field", contains("territory", "territory"));
        assertEquals(0, storedOnMyDay());
    }

    @Test
    void shouldRejectOnlyTheOtherRegionsRecordsOfANonAtomicBatch() {
        as(TestTokens.producer("R11", "R32")).contentType(ContentType.JSON).queryParam("atomic", false)
                .body(List.of(cpam("94", 1), cpam("22", 1), cpam("80", 1), cpam("99", 1)))
                .when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200)
                .body("created", is(2)).body("rejected", is(2))
                .body("errors.index", contains(1, 3)).body("errors.field", contains("territory", "territory"))
                .body("errors[0].message", is("is outside the regions this token may write (R11, R32)"))
                .body("auditRequestId", notNullValue());
        assertEquals(2, storedOnMyDay());
    }

    @Test
    void shouldKeepPopulationsAndTheAuditTrailForAdministrators() {
        Map<String, Object> population = Map.of("population", 1, "source", "forged");
        as(TestTokens.producer("R11")).contentType(ContentType.JSON).body(population)
                .when().put("/api/v1/territories/94/populations/2011").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(population)
                .when().put("/api/v1/territories/94/populations/2011").then().statusCode(401);
        given().when().get("/api/v1/territories/94")
                .then().body("populations.find { it.year == 2011 }", org.hamcrest.Matchers.nullValue());
        given().when().get("/api/v1/audit").then().statusCode(401).contentType(PROBLEM);
        as(TestTokens.producer("R11")).when().get("/api/v1/audit").then().statusCode(403);
        as(TestTokens.reader()).when().get("/api/v1/audit").then().statusCode(403);
        as(TestTokens.admin()).when().get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void shouldRefuseWritesToReaders() {
        push(as(TestTokens.reader()), cpam("94", 1)).statusCode(403).contentType(PROBLEM);
        assertEquals(0, storedOnMyDay());
    }

    @Test
    void shouldScopeEstablishmentsAndObjectivesToTheProducersRegions() {
        String occitanie = TestTokens.producer("R76");
        as(occitanie).contentType(ContentType.JSON)
                .body(Map.of("name", "CHU de Toulouse (security test)", "category", "101", "territory", "31"))
                .when().put("/api/v1/establishments/310781406").then().statusCode(org.hamcrest.Matchers.anyOf(
                        is(200), is(201)));
        as(occitanie).contentType(ContentType.JSON)
                .body(Map.of("name", "CHU Amiens (security test)", "category", "101", "territory", "80"))
                .when().put("/api/v1/establishments/800000044").then().statusCode(403);
        given().when().get("/api/v1/establishments/800000044").then().statusCode(404);
        Map<String, Object> objective = new HashMap<>(Map.of("metric", "DMP_CREATED", "targetValue", 1000,
                "startDate", "2011-01-01", "dueDate", "2011-12-31", "label", "security test"));
        objective.put("territory", "R76");
        as(occitanie).contentType(ContentType.JSON).body(objective).when().post("/api/v1/objectives")
                .then().statusCode(201);
        objective.put("territory", "31");
        as(occitanie).contentType(ContentType.JSON).body(objective).when().post("/api/v1/objectives")
                .then().statusCode(201);
        objective.put("territory", "FR");
        as(occitanie).contentType(ContentType.JSON).body(objective).when().post("/api/v1/objectives")
                .then().statusCode(403);
        as(TestTokens.admin()).contentType(ContentType.JSON).body(objective).when().post("/api/v1/objectives")
                .then().statusCode(201);
    }

    @Test
    void shouldLetAnyoneReadByDefault() {
        given().when().get("/api/v1/indicators/coverage?territory=94").then().statusCode(200);
        given().when().get("/api/v1/territories/94").then().statusCode(200);
    }

    @Test
    void shouldEchoTheRequestIdAndSendSecurityHeaders() {
        given().header("X-Request-Id", "dashboard-42").when().get("/api/v1/channels")
                .then().statusCode(200)
                .header("X-Request-Id", is("dashboard-42"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("X-Frame-Options", is("DENY"))
                // The vocabularies are fixed in a release (EntityTagsTest has every resource's Cache-Control).
                .header("Cache-Control", is("max-age=3600"));
        given().header("X-Request-Id", "<script>").when().get("/api/v1/channels")
                .then().header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldAllowOnlyTheConfiguredDashboardOrigins() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/channels")
                .then().header("Access-Control-Allow-Origin", is("http://localhost:3000"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/channels")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
