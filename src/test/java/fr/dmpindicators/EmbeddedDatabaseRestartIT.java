package fr.dmpindicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps its data in a file: what is pushed (with a token minted by the README's command)
 * before a restart of the packaged jar is there after it.
 */
class EmbeddedDatabaseRestartIT {

    @Test
    void shouldKeepPushedDataAcrossARestart() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-restart");
        try (PackagedService first = PackagedService.start(workDir)) {
            String token = PackagedService.mintToken(workDir, "admin").orFail();
            given().port(first.port).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("date", "2017-03-01", "territory", "2A", "channel", "PATIENT", "created", 4242,
                            "alimented", 42))
                    .when().post("/api/v1/dmp-creations")
                    .then().statusCode(201);
        }
        try (PackagedService second = PackagedService.start(workDir)) {
            given().port(second.port).queryParam("territory", "2A").queryParam("channel", "PATIENT")
                    .when().get("/api/v1/dmp-creations")
                    .then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items[0].created", is(4242));
        }
    }
}
