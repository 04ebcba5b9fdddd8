package fr.dmpindicators.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.security.ReadsRequireRoleProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where reads need the reader role, the page (which sends no token) says so in both languages instead of showing
 * empty figures or breaking.
 */
@QuarkusTest
@TestProfile(ReadsRequireRoleProfile.class)
class DashboardPageRefusalTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldSayThatReadsNeedTheReaderRole() throws IOException {
        try (Browser browser = new Browser()) {
            for (String[] language : new String[][] {{"", "jeton avec le rôle « reader »"},
                {"?lang=en", "token with the “reader” role"}}) {
                browser.driver.get(root + language[0]);
                WebElement refusal = browser.driver.findElement(By.id("refusal"));
                browser.waiting().until(ExpectedConditions.visibilityOf(refusal));
                assertTrue(refusal.getText().contains(language[1]), refusal.getText());
                assertFalse(browser.driver.findElement(By.tagName("main")).isDisplayed());
            }
        }
    }
}
