package fr.dmpindicators.contract;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The service publishes the contract it was generated from, not a document rebuilt from its code. */
@QuarkusTest
class ContractTest {

    private static final Pattern OPERATION_ID = Pattern.compile("operationId: *(\\w+)");

    private static Set<String> operationIds(String yaml) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = OPERATION_ID.matcher(yaml);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @Test
    void shouldServeEveryOperationOfTheContract() throws IOException {
        Set<String> written = operationIds(Files.readString(Path.of("openapi/openapi.yaml")));
        String served = given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(written, operationIds(served));
        assertTrue(written.size() > 10, "the contract should hold every operation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldServeTheSecuritySchemesAsWritten() throws IOException {
        Map<String, Object> contract = new ObjectMapper(new YAMLFactory())
                .readValue(Path.of("openapi/openapi.yaml").toFile(), Map.class);
        Map<String, Object> written = (Map<String, Object>) ((Map<String, Object>) contract.get("components"))
                .get("securitySchemes");
        Map<String, Object> served = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("components.securitySchemes");
        assertEquals(written, served);
        assertEquals(Set.of("bearerAuth"), served.keySet(), "Swagger UI's Authorize offers one scheme");
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldReportHealthWithTheDatabaseChecked() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200)
                .body("status", is("UP"));
    }
}
