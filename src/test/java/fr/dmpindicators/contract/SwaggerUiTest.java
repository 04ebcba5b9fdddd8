package fr.dmpindicators.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.dmpindicators.dashboard.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Swagger UI, opened in a real headless Chromium, reads the contract as the service serves it and offers every one
 * of its operations, and no other, to try out.
 */
@QuarkusTest
class SwaggerUiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @TestHTTPResource("/q/swagger-ui/")
    URL page;

    @Test
    void shouldOfferEveryOperationOfTheContract() throws IOException {
        Set<String> written = new TreeSet<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile())
                .get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    written.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        try (Browser browser = new Browser()) {
            browser.driver.get(page.toString());
            browser.waiting().until(driver -> !driver.findElements(By.cssSelector(".opblock-summary")).isEmpty());
            Set<String> offered = new TreeSet<>();
            for (WebElement operation : browser.driver.findElements(By.cssSelector(".opblock-summary"))) {
                offered.add(operation.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                        + operation.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path"));
            }
            assertEquals(written, offered);
        }
    }
}
