package fr.dmpindicators.contract;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The service publishes the contract it was generated from, not a document rebuilt from its code. */
@QuarkusTest
class ContractTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    /** Every way to ask for the YAML form: the file's own bytes come back. */
    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource(delimiter = ';', value = {"/q/openapi; */*", "/q/openapi?format=yaml; application/json",
        "/q/openapi?format=xml; */*", "/q/openapi/; */*", "/q/openapi.yaml; application/json",
        "/q/openapi.yml; */*", "/q/openapi; application/yaml, application/json"})
    void shouldServeTheContractAsWritten(String path, String accept) throws IOException {
        byte[] served = given().urlEncodingEnabled(false).accept(accept).when().get(path)
                .then().statusCode(200).contentType("application/yaml;charset=UTF-8")
                .extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(CONTRACT), served);
    }

    /** Every way to ask for the JSON form: the same document. */
    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource(delimiter = ';', value = {"/q/openapi?format=json; */*", "/q/openapi?format=JSON; application/yaml",
        "/q/openapi.json; */*", "/q/openapi; application/json", "/q/openapi/; application/json, */*"})
    void shouldServeTheSameDocumentAsJson(String path, String accept) throws IOException {
        String served = given().urlEncodingEnabled(false).accept(accept).when().get(path)
                .then().statusCode(200).contentType("application/json;charset=UTF-8")
                .extract().asString();
        assertEquals(new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()),
                new ObjectMapper().readTree(served));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/openapi.json"})
    void shouldAnswerNotModifiedToItsOwnTag(String path) {
        String tag = given().when().get(path).then().statusCode(200).header("Vary", containsString("Accept"))
                .extract().header("ETag");
        given().header("If-None-Match", tag).when().get(path).then().statusCode(304).header("ETag", tag)
                .body(is(""));
        given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200);
    }

    @Test
    void shouldAnswerHeadAndOptions() throws IOException {
        given().when().head("/q/openapi").then().statusCode(200)
                .header("Content-Length", Long.toString(Files.size(CONTRACT))).body(is(""));
        given().when().options("/q/openapi").then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
    }

    /** The contract is read, never written: any other method is refused naming those it answers. */
    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void shouldRefuseEveryOtherMethod(String method) {
        given().contentType("application/json").body("{}").when().request(method, "/q/openapi.json")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, HEAD, OPTIONS")
                .body("type", is("urn:dmp-indicators:problem:method-not-allowed"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldServeTheSecuritySchemesAsWritten() throws IOException {
        Map<String, Object> contract = new ObjectMapper(new YAMLFactory())
                .readValue(CONTRACT.toFile(), Map.class);
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
