package fr.dmpindicators.security;

import static fr.dmpindicators.security.RateLimitProfile.PERIOD_SECONDS;
import static fr.dmpindicators.security.RateLimitProfile.READS;
import static fr.dmpindicators.security.RateLimitProfile.WRITES;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One client cannot starve the others: over its allowance of reads or writes for the period, a client is answered
 * 429 with Retry-After as a problem, while other clients are still served, and it is served again once the period is
 * over. Each test uses clients of its own, since allowances outlive a test.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitTest {

    private static final String READ = "/api/v1/channels";

    @Test
    void shouldRefuseASubjectOverItsReadsUntilThePeriodIsOver() throws InterruptedException {
        String flooder = reader("flooder-" + UUID.randomUUID());
        String neighbour = reader("neighbour-" + UUID.randomUUID());
        for (int i = 0; i < READS; i++) {
            read(flooder).then().statusCode(200);
        }
        long retryAfter = assertRefused(read(flooder), READS, "reads");
        read(neighbour).then().statusCode(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);

        Thread.sleep(retryAfter * 1000 + 300);
        read(flooder).then().statusCode(200);
    }

    @Test
    void shouldCountWritesApartFromReads() {
        String producer = TestTokens.sign(TestTokens.claims("writer-" + UUID.randomUUID(), "producer", List.of("R11")));
        for (int i = 0; i < WRITES; i++) {
            write(producer).then().statusCode(not(429));
        }
        assertRefused(write(producer), WRITES, "writes");
        read(producer).then().statusCode(200);
    }

    /** Without a valid token the client is its address: made-up or forged tokens do not buy fresh allowances. */
    @Test
    void shouldCountRequestsWithoutAValidTokenAgainstTheirAddress() {
        for (int i = 0; i < READS; i++) {
            read("made-up-" + i).then().statusCode(not(429));
        }
        String forged = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("someone-new")
                .groups("reader").expiresIn(3600).sign(TestTokens.strangerKey());
        assertRefused(read(forged), READS, "reads");
        assertRefused(RestAssured.given().get(READ), READS, "reads");
        read(reader("verified-" + UUID.randomUUID())).then().statusCode(200);
    }

    private static long assertRefused(Response response, int allowance, String kind) {
        response.then().statusCode(429).contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:too-many-requests"))
                .body("title", is("Too many requests"))
                .body("status", is(429))
                .body("limit", is(allowance))
                .body("detail", org.hamcrest.Matchers.startsWith("This client has sent more than " + allowance
                        + " " + kind + " in " + PERIOD_SECONDS + " s; retry in "));
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= PERIOD_SECONDS, "Retry-After " + retryAfter);
        return retryAfter;
    }

    private static String reader(String subject) {
        return TestTokens.sign(TestTokens.claims(subject, "reader", List.of()));
    }

    private static Response read(String token) {
        return RestAssured.given().auth().oauth2(token).get(READ);
    }

    private static Response write(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"date\":\"2018-06-04\",\"territory\":\"94\",\"channel\":\"CPAM\",\"created\":1,\"alimented\":0}")
                .post("/api/v1/dmp-creations");
    }
}
