package fr.dmpindicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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

    /** A new objective of the nation (1 000 DMP created in 2018) with this label, for a test of its own: its id. */
    public static long newObjective(String label) {
        return given().contentType(ContentType.JSON)
                .body("{\"territory\":\"FR\",\"metric\":\"DMP_CREATED\",\"targetValue\":1000,"
                        + "\"startDate\":\"2018-01-01\",\"dueDate\":\"2018-12-31\",\"label\":\"" + label + "\"}")
                .when().post("/api/v1/objectives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
