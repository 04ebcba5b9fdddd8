package fr.dmpindicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as an administrator, for the specifications of features other than security: they are about what the
 * service does with data, not about who may send it (that is {@code SecurityTest}'s).
 */
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
public final class Api {

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TestTokens.admin());
    }
}
