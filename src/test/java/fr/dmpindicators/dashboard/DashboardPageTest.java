package fr.dmpindicators.dashboard;

import static fr.dmpindicators.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.demo.DemoDataProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard page at {@code /}, opened in a real headless Chromium against the service fed the demo dataset: it
 * must show the figures of the 2018 pilot report (docs/domain.md §6) as a French reader writes them, drill down on a
 * click or a key, keep its state in the URL, switch to English, and log no error in the browser's console.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DashboardPageTest {

    private static final String REPORT_DATE = "2018-06-05";
    private static final String NO_VALUE_FILL = "#bdbdbd";

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void shouldLogNoConsoleError() {
        assertEquals(List.of(), browser.severeLogs());
    }

    /** Opens the page at a query and waits until the card of `title` is shown with its figures. */
    private void open(String query, String title) {
        browser.driver.get(root + query);
        waitForCard(title);
    }

    private void waitForCard(String title) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cardTitle"), title));
        String name = title.split(" \\(")[0];
        browser.waiting().until(driver -> driver.findElement(By.id("status")).getText().contains(name));
    }

    /** Text as read, the narrow and plain no-break spaces of French numbers ("19,5 %") made plain spaces. */
    private static String read(WebElement element) {
        return plain(element.getText());
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private WebElement shape(String code) {
        return browser.driver.findElement(By.cssSelector(".departement[data-code='" + code + "']"));
    }

    @Test
    void shouldColourEveryDepartementAndShowTheSommeAsPublished() {
        open("?asOf=" + REPORT_DATE, "France");
        Set<String> expected = new TreeSet<>(given().queryParam("level", "DEPARTEMENT").queryParam("size", 1000)
                .when().get("/api/v1/territories").then().statusCode(200).extract().jsonPath().getList("items.code"));
        List<WebElement> shapes = browser.driver.findElements(By.cssSelector(".departement[data-code]"));
        assertEquals(101, shapes.size());
        assertEquals(expected, shapes.stream().map(shape -> shape.getAttribute("data-code"))
                .collect(Collectors.toCollection(TreeSet::new)));
        for (WebElement shape : shapes) {
            String fill = shape.getAttribute("fill");
            String value = shape.getAttribute("data-value");
            assertTrue(fill != null && fill.startsWith("#"), "département " + shape.getAttribute("data-code"));
            assertEquals(value.isEmpty(), NO_VALUE_FILL.equals(fill), "colour of " + shape.getAttribute("data-code"));
        }
        String somme = plain(shape("80").getAttribute("aria-label"));
        assertTrue(somme.contains("19,5 %") && somme.contains("99 930 sur 512 457"), somme);
        assertEquals("19,5 %", read(browser.driver.findElement(
                By.cssSelector("#ranking tr[data-code='80'] td:nth-child(4)"))));
    }

    @Test
    void shouldShowTheFigureOnHover() {
        open("?asOf=" + REPORT_DATE, "France");
        new Actions(browser.driver).moveToElement(shape("80")).perform();
        WebElement tooltip = browser.driver.findElement(By.id("tooltip"));
        browser.waiting().until(ExpectedConditions.visibilityOf(tooltip));
        assertTrue(read(tooltip).startsWith("Somme (80) : 19,5 %"), read(tooltip));
    }

    @Test
    void shouldDrillDownOnAClickOrTheEnterKeyAndGoBack() {
        open("?asOf=" + REPORT_DATE, "France");
        shape("80").click();
        waitForCard("Somme (80)");
        assertTrue(browser.driver.getCurrentUrl().contains("territory=80"), browser.driver.getCurrentUrl());
        assertTrue(read(browser.driver.findElement(By.id("card"))).contains("19,5 %"));
        shape("94").sendKeys(Keys.ENTER);
        waitForCard("Val-de-Marne (94)");
        assertTrue(browser.driver.getCurrentUrl().contains("territory=94"));
        browser.driver.navigate().back();
        waitForCard("Somme (80)");
        assertTrue(browser.driver.getCurrentUrl().contains("territory=80"));
    }

    @Test
    void shouldShowTheCoverageGainedSinceFrom() {
        open("?territory=94&from=2016-12-16&asOf=" + REPORT_DATE, "Val-de-Marne (94)");
        List<String> figures = browser.driver.findElements(By.cssSelector("#card .figure")).stream()
                .map(DashboardPageTest::read).toList();
        assertTrue(figures.stream().anyMatch(figure -> figure.contains("13,4 %")
                && figure.startsWith("Couverture gagnée depuis le 16 décembre 2016")), figures.toString());
    }

    /** The card's completeness: the days with data among the 30 up to asOf, counted here in the demo dataset's file. */
    @Test
    void shouldShowTheCompletenessOfTheFeed() throws IOException {
        LocalDate asOf = LocalDate.parse("2016-12-30");
        long daysWithData;
        try (var lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/demo/dmp-creations.csv"), StandardCharsets.UTF_8)).lines()) {
            daysWithData = lines.skip(1).map(line -> line.split(",", -1))
                    .filter(cells -> cells[1].equals("94"))
                    .map(cells -> LocalDate.parse(cells[0]))
                    .filter(date -> !date.isBefore(asOf.minusDays(29)) && !date.isAfter(asOf))
                    .distinct().count();
        }
        assertTrue(daysWithData > 0 && daysWithData < 30, "the window must hold days with and without data");

        open("?territory=94&asOf=" + asOf, "Val-de-Marne (94)");
        String completeness = browser.driver.findElements(By.cssSelector("#card .figure")).stream()
                .map(DashboardPageTest::read).filter(figure -> figure.startsWith("Complétude")).findFirst()
                .orElseThrow();
        assertTrue(completeness.contains("données " + daysWithData + " jours sur 30"), completeness);
    }

    /** An objective of Val-de-Marne: its progress bar is the coverage read from the API divided by the target. */
    @Test
    void shouldShowAnObjectiveWithItsProgressBar() {
        double target = 0.2;
        long id = given().contentType("application/json")
                .body(Map.of("territory", "94", "metric", "COVERAGE_RATE", "targetValue", target,
                        "startDate", "2016-12-16", "dueDate", "2018-12-31", "label", "Val-de-Marne, un cinquième"))
                .when().post("/api/v1/objectives").then().statusCode(201).extract().jsonPath().getLong("id");
        var coverage = given().queryParam("territory", "94").queryParam("asOf", REPORT_DATE)
                .when().get("/api/v1/indicators/coverage").then().statusCode(200).extract().jsonPath();
        double progress = coverage.getDouble("numerator") / coverage.getDouble("denominator") / target;
        String status = given().queryParam("asOf", REPORT_DATE).when().get("/api/v1/objectives/{id}/progress", id)
                .then().statusCode(200).extract().jsonPath().getString("status");

        open("?territory=94&asOf=" + REPORT_DATE, "Val-de-Marne (94)");
        WebElement objective = browser.driver.findElements(By.cssSelector("#card .objective")).stream()
                .filter(item -> item.getText().startsWith("Val-de-Marne, un cinquième")).findFirst().orElseThrow();
        assertTrue(objective.getText().contains(Map.of("ON_TRACK", "(dans les temps)", "BEHIND", "(en retard)",
                "ACHIEVED", "(atteint)", "MISSED", "(manqué)").get(status)), objective.getText());
        WebElement bar = objective.findElement(By.cssSelector("[role='progressbar']"));
        assertEquals(String.valueOf(Math.round(progress * 100)), bar.getAttribute("aria-valuenow"));
        assertFalse(objective.findElements(By.cssSelector(".progress .expected")).isEmpty());
        assertTrue(read(objective).contains("cible 20,0 % au 31 décembre 2018"), read(objective));
    }

    @Test
    void shouldDrawTheChartAndTheRankingWithItsCsv() throws Exception {
        open("?asOf=" + REPORT_DATE, "France");
        assertFalse(browser.driver.findElements(By.cssSelector("#chart .uplot canvas")).isEmpty());
        assertTrue(read(browser.driver.findElement(By.cssSelector("#chart .u-legend"))).contains("DMP créés"));
        assertEquals(101, browser.driver.findElements(By.cssSelector("#ranking tbody tr")).size());
        assertEquals("80", browser.driver.findElement(By.cssSelector("#ranking tbody tr")).getAttribute("data-code"));
        browser.driver.findElement(By.cssSelector("#ranking th button[data-field='name']")).click();
        browser.waiting().until(driver -> "ascending".equals(driver.findElement(
                By.xpath("//table[@id='ranking']//th[button[@data-field='name']]")).getAttribute("aria-sort")));
        assertEquals("01", browser.driver.findElement(By.cssSelector("#ranking tbody tr")).getAttribute("data-code"));

        browser.driver.findElement(By.id("csv")).click();
        Path csv = browser.downloads.resolve("ranking-FR-" + REPORT_DATE + ".csv");
        browser.waiting().until(driver -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("rank,territory,name,numerator,denominator,value", lines.get(0));
        assertEquals(102, lines.size());
    }

    @Test
    void shouldSwitchToEnglish() {
        open("?territory=80&asOf=" + REPORT_DATE, "Somme (80)");
        browser.driver.findElement(By.id("language")).click();
        browser.waiting().until(driver -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        waitForCard("Somme (80)");
        assertEquals("DMP: roll-out by territory", read(browser.driver.findElement(By.tagName("h1"))));
        assertTrue(browser.driver.getCurrentUrl().contains("lang=en"));
        assertTrue(read(browser.driver.findElement(By.id("card"))).contains("Coverage"));
        assertTrue(read(browser.driver.findElement(By.id("card"))).contains("19.5%"));
        assertEquals("Français", read(browser.driver.findElement(By.id("language"))));
    }
}
