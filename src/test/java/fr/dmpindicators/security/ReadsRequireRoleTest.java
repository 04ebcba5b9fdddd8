package fr.dmpindicators.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With one switch, reading the API needs the reader (or producer, admin) role; health and contract stay open. */
@QuarkusTest
@TestProfile(ReadsRequireRoleProfile.class)
class ReadsRequireRoleTest {

    @Test
    void shouldRefuseAnonymousReads() {
        given().when().get("/api/v1/indicators/coverage").then().statusCode(401)
                .contentType("application/problem+json");
        given().when().get("/api/v1/territories").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenWithoutAReadingRole() {
        given().auth().oauth2(TestTokens.sign(TestTokens.claims("nobody", "guest", List.of())))
                .when().get("/api/v1/territories").then().statusCode(403)
                .body("type", is("urn:dmp-indicators:problem:forbidden"));
    }

    @Test
    void shouldLetReadersProducersAndAdminsRead() {
        for (String token : List.of(TestTokens.reader(), TestTokens.producer("R11"), TestTokens.admin())) {
            given().auth().oauth2(token).when().get("/api/v1/territories/94").then().statusCode(200);
        }
    }

    @Test
    void shouldKeepHealthAndTheContractOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
