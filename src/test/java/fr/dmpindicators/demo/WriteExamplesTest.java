package fr.dmpindicators.demo;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.dmpindicators.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The write examples of the README and of the contract, sent to a service holding the demo dataset, create records
 * (201) rather than overwrite demo ones: what the documentation promises is what a reader trying it sees. Each test
 * removes what it created, so the demo dataset's other tests find it whole.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class WriteExamplesTest {

    private static final Pattern README_RECORD = Pattern.compile("-d '(\\{[^']*\\})'");
    private static final Pattern README_CSV = Pattern.compile("printf '(date,[^']*)'");

    private final List<String> dates = new ArrayList<>();

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    private static JsonNode pushOperation(String path) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile())
                .path("paths").path(path).path("post").path("requestBody").path("content");
    }

    private String remember(JsonNode record) {
        dates.add(record.path("date").asText());
        return record.toString();
    }

    @AfterEach
    void removeWhatTheExampleCreated() {
        for (String date : dates) {
            List<Integer> ids = given().queryParam("from", date).queryParam("to", date).queryParam("size", 1000)
                    .when().get("/api/v1/dmp-creations").then().statusCode(200).extract().path("items.id");
            ids.forEach(id -> given().when().delete("/api/v1/dmp-creations/{id}", id).then().statusCode(204));
        }
    }

    @Test
    void shouldCreateTheReadmesRecordAndBatch() throws IOException {
        String readme = readme();
        Matcher record = README_RECORD.matcher(readme);
        assertTrue(record.find(), "the README shows a push");
        String producer = TestTokens.producer("R11", "R84");
        JsonNode body = new ObjectMapper().readTree(record.group(1));
        RestAssured.given().auth().oauth2(producer).contentType(ContentType.JSON).body(remember(body))
                .when().post("/api/v1/dmp-creations").then().statusCode(201);
        Matcher csv = README_CSV.matcher(readme);
        assertTrue(csv.find(), "the README shows a CSV batch");
        String table = csv.group(1).replace("\\n", "\n");
        table.lines().skip(1).forEach(line -> dates.add(line.substring(0, line.indexOf(','))));
        RestAssured.given().auth().oauth2(producer).contentType("text/csv").body(table)
                .queryParam("atomic", false).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).body("created", is((int) table.lines().skip(1).count()))
                .body("updated", is(0)).body("rejected", is(0));
    }

    @Test
    void shouldCreateEachRecordExampleOfTheContract() throws IOException {
        JsonNode examples = pushOperation("/api/v1/dmp-creations").path("application/json").path("examples");
        assertTrue(examples.size() > 0);
        for (JsonNode example : examples) {
            given().contentType(ContentType.JSON).body(remember(example.path("value")))
                    .when().post("/api/v1/dmp-creations").then().statusCode(201);
            removeWhatTheExampleCreated();
        }
    }

    @Test
    void shouldCreateEveryRecordOfTheContractsBatchExamples() throws IOException {
        JsonNode content = pushOperation("/api/v1/dmp-creations/batch");
        JsonNode json = content.path("application/json").path("example");
        json.forEach(this::remember);
        given().contentType(ContentType.JSON).body(json.toString()).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).body("created", is(json.size())).body("updated", is(0));
        removeWhatTheExampleCreated();
        String csv = content.path("text/csv").path("example").asText();
        assertEquals(json.size(), csv.lines().skip(1).count());
        given().contentType("text/csv").body(csv).when().post("/api/v1/dmp-creations/batch")
                .then().statusCode(200).body("created", is(json.size())).body("updated", is(0));
    }
}
