package fr.dmpindicators.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.TestTokens;
import fr.dmpindicators.dashboard.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A tester imports a file from Swagger UI, as the contract lets it: in a real headless Chromium, authorized with a
 * bearer token, the operation's file field takes a CSV file from disk, the upload answers 202, and the job it names
 * reads the file's lines. A dry run, so that nothing is stored for the other tests.
 */
@QuarkusTest
class SwaggerUiImportTest {

    private static final String OPERATION = "#operations-Imports-submitImport ";

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @Test
    void shouldImportAFileChosenInSwaggerUi() throws IOException {
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, "date,territory,channel,created,alimented\n2019-03-07,94,CPAM,2,1\n"
                + "2019-03-08,94,CPAM,3,1\n");
        try (Browser browser = new Browser()) {
            browser.driver.get(swaggerUi.toString());
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".btn.authorize"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input")))
                    .sendKeys(TestTokens.admin());
            browser.driver.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper .authorize")).click();
            browser.driver.findElement(By.cssSelector(".modal-ux .btn-done")).click();

            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(OPERATION
                    + ".opblock-summary-control"))).click();
            // Try it out is on from the start (quarkus.swagger-ui.try-it-out-enabled).
            new Select(browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(OPERATION
                    + "tr[data-param-name='dryRun'] select")))).selectByVisibleText("true");
            WebElement chooser = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(OPERATION + "input[type=file]")));
            chooser.sendKeys(file.toString());
            browser.driver.findElement(By.cssSelector(OPERATION + "button.execute")).click();

            WebElement answer = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(OPERATION + ".live-responses-table .response")));
            assertEquals("202", answer.findElement(By.cssSelector(".response-col_status")).getText().trim());
            JsonNode job = new ObjectMapper().readTree(answer.findElement(By.cssSelector(".microlight, pre"))
                    .getText());
            assertEquals(List.of("QUEUED", "true"), List.of(job.get("status").asText(), job.get("dryRun").asText()));
            assertEquals(List.of(), browser.severeLogs());

            JsonPath ended = ImportJobTest.awaitEnd("/api/v1/imports/" + job.get("id").asLong());
            assertEquals(List.of("SUCCEEDED", 2L, 2), List.of(ended.getString("status"), ended.getLong("linesRead"),
                    ended.getInt("created") + ended.getInt("updated") + ended.getInt("unchanged")));
        } finally {
            Files.delete(file);
        }
    }
}
