package fr.dmpindicators.csv;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.FinessKeys;
import fr.dmpindicators.TestDates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * CSV files as French spreadsheets write them, as classes of input: every combination of separator ({@code ,} or
 * {@code ;}), byte-order mark and line end, each holding the département codes that lose their leading zero (1 to
 * 9) beside 2A, and dates as the file's separator allows; Windows-1252 bodies without a charset; and the files that
 * are refused, with nothing stored. Expected records and warnings are worked out here from the rows written.
 */
@QuarkusTest
class FrenchSpreadsheetCsvTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> CODES = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "2A");

    /** One way a spreadsheet may save a file. */
    private record Layout(char separator, boolean byteOrderMark, String lineEnd) {

        /** The file of the rows, each {@code date, territory, CPAM, created 10 + its index, alimented its index}. */
        byte[] file(LocalDate day) {
            StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
            text.append(String.join(String.valueOf(separator), "date", "territory", "channel", "created",
                    "alimented")).append(lineEnd);
            String date = separator == ';' ? day.format(JJ_MM_AAAA) : day.toString();
            for (int i = 0; i < CODES.size(); i++) {
                text.append(String.join(String.valueOf(separator), date, CODES.get(i), "CPAM",
                        String.valueOf(10 + i), String.valueOf(i))).append(lineEnd);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static List<Layout> layouts() {
        List<Layout> layouts = new ArrayList<>();
        for (char separator : new char[] {',', ';'}) {
            for (boolean bom : new boolean[] {false, true}) {
                for (String lineEnd : List.of("\n", "\r\n")) {
                    layouts.add(new Layout(separator, bom, lineEnd));
                }
            }
        }
        return layouts;
    }

    /** Sends the body with exactly this content type: RestAssured would add a charset to a text type without one. */
    private static ValidatableResponse post(String path, byte[] body, String contentType, String query) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType).body(body).when().post(path + query).then().log().ifValidationFails();
    }

    /** The stored records of a day, territory to "created/alimented". */
    private static Map<String, String> storedOn(LocalDate day) {
        List<Map<String, Object>> items = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("size", 200).when().get("/api/v1/dmp-creations").then().statusCode(200)
                .extract().path("items");
        Map<String, String> stored = new TreeMap<>();
        items.forEach(item -> stored.put((String) item.get("territory"), item.get("created") + "/"
                + item.get("alimented")));
        return stored;
    }

    @Test
    void shouldReadEveryLayoutOfAFrenchExportAndSayWhatItReinterpreted() {
        List<String> wrong = new ArrayList<>();
        for (Layout layout : layouts()) {
            LocalDate day = TestDates.unusedDay();
            Map<String, Object> summary = post("/api/v1/dmp-creations/batch", layout.file(day), "text/csv", "")
                    .statusCode(200).extract().as(Map.class);
            Map<String, String> expected = new TreeMap<>();
            for (int i = 0; i < CODES.size(); i++) {
                String code = CODES.get(i);
                expected.put(code.length() == 1 ? "0" + code : code, (10 + i) + "/" + i);
            }
            List<Map<String, Object>> expectedWarnings = new ArrayList<>();
            expectedWarnings.add(Map.of("field", "territory", "reading", "DEPARTEMENT_LEADING_ZERO", "rows", 9,
                    "firstRows", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), "example", "\"1\" read as \"01\""));
            if (layout.separator() == ';') {
                expectedWarnings.add(0, Map.of("field", "date", "reading", "DAY_MONTH_YEAR", "rows", 10,
                        "firstRows", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                        "example", "\"" + day.format(JJ_MM_AAAA) + "\" read as \"" + day + "\""));
            }
            List<Map<String, Object>> warnings = new ArrayList<>();
            for (Object warning : (List<?>) summary.get("warnings")) {
                Map<String, Object> kept = new TreeMap<>((Map<String, Object>) warning);
                kept.remove("message");
                warnings.add(kept);
            }
            List<Map<String, Object>> expectedSorted = expectedWarnings.stream()
                    .map(w -> (Map<String, Object>) new TreeMap<>(w)).toList();
            if (!Integer.valueOf(10).equals(summary.get("created")) || !expected.equals(storedOn(day))
                    || !expectedSorted.equals(warnings)) {
                wrong.add(layout + ": " + summary + " stored " + storedOn(day));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldRefuseSlashedDatesInACommaSeparatedFileSayingHowToWriteThemAndStoreNothing() {
        LocalDate day = TestDates.unusedDay();
        String csv = "date,territory,channel,created,alimented\n" + day + ",01,CPAM,1,1\n"
                + day.format(JJ_MM_AAAA) + ",02,CPAM,1,1\n";
        post("/api/v1/dmp-creations/batch", csv.getBytes(StandardCharsets.UTF_8), "text/csv", "?atomic=false")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.index", contains(1)).body("errors.field", contains("date"))
                .body("errors[0].message", containsString("AAAA-MM-JJ"));
        assertEquals(Map.of(), storedOn(day));
    }

    @Test
    void shouldRefuseADayMonthYearThatIsNoDayNamingItsRowAndStoreNothing() {
        LocalDate day = TestDates.unusedDay();
        for (String notADay : List.of("31/02/" + day.getYear(), "00/01/" + day.getYear(), "12/13/" + day.getYear())) {
            String csv = "date;territory;channel;created;alimented\r\n" + day.format(JJ_MM_AAAA) + ";1;CPAM;1;1\r\n"
                    + notADay + ";2;CPAM;1;1\r\n";
            post("/api/v1/dmp-creations/batch", csv.getBytes(StandardCharsets.UTF_8), "text/csv", "")
                    .statusCode(400).body("errors.index", contains(1)).body("errors.field", contains("date"))
                    .body("errors[0].message", containsString("not a day of the calendar"));
        }
        assertEquals(Map.of(), storedOn(day));
    }

    @Test
    void shouldReportReinterpretationsOnADryRunWithoutStoringThem() {
        LocalDate day = TestDates.unusedDay();
        post("/api/v1/dmp-creations/batch", new Layout(';', true, "\r\n").file(day), "text/csv", "?dryRun=true")
                .statusCode(200).body("created", is(10)).body("warnings.reading",
                        contains("DAY_MONTH_YEAR", "DEPARTEMENT_LEADING_ZERO"));
        assertEquals(Map.of(), storedOn(day));
    }

    @Test
    void shouldAnswerNoWarningForJsonNorForACsvReadAsWritten() {
        LocalDate day = TestDates.unusedDay();
        given().contentType(ContentType.JSON).body(List.of(Map.of("date", day.toString(), "territory", "01",
                "channel", "CPAM", "created", 1, "alimented", 1)))
                .when().post("/api/v1/dmp-creations/batch").then().statusCode(200).body("warnings", empty());
        post("/api/v1/dmp-creations/batch", ("date,territory,channel,created,alimented\n" + day + ",02,CPAM,1,1\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", "").statusCode(200).body("warnings", empty());
    }

    /** Establishment names with letters Windows-1252 and UTF-8 write differently. */
    private static final List<String> NAMES = List.of("Centre hospitalier Émile-Roux",
            "Pharmacie de l’Hôpital – Saint-Étienne",
            "Clinique Sainte-Thérèse œuvre", "EHPAD Les Tilleuls");

    private static byte[] establishments(List<String> finess, Charset charset) {
        StringBuilder csv = new StringBuilder("finess;name;category;territory\r\n");
        for (int i = 0; i < NAMES.size(); i++) {
            csv.append(finess.get(i)).append(';').append(NAMES.get(i)).append(";620;1\r\n");
        }
        return csv.toString().getBytes(charset);
    }

    private static List<String> newFiness(int first) {
        List<String> finess = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            finess.add(FinessKeys.withKey("0177" + (first + i)));
        }
        return finess;
    }

    @Test
    void shouldReadAWindows1252ExportWithoutCharsetAsSuchAndWarnOnTheValuesItChanged() {
        List<String> finess = newFiness(7100);
        post("/api/v1/establishments/batch", establishments(finess, WINDOWS_1252), "text/csv", "")
                .statusCode(200).body("created", is(4))
                .body("warnings.find { it.reading == 'WINDOWS_1252' }.field", is("name"))
                .body("warnings.find { it.reading == 'WINDOWS_1252' }.rows", is(3))
                .body("warnings.find { it.reading == 'WINDOWS_1252' }.firstRows", contains(0, 1, 2))
                .body("warnings.find { it.reading == 'DEPARTEMENT_LEADING_ZERO' }.rows", is(4));
        for (int i = 0; i < NAMES.size(); i++) {
            given().when().get("/api/v1/establishments/{finess}", finess.get(i)).then().statusCode(200)
                    .body("name", is(NAMES.get(i))).body("territory", is("01"));
        }
    }

    @Test
    void shouldReadADeclaredCharsetAsDeclaredWithoutWarning() {
        List<String> declared = newFiness(7200);
        post("/api/v1/establishments/batch", establishments(declared, WINDOWS_1252),
                "text/csv; charset=windows-1252", "").statusCode(200).body("created", is(4))
                .body("warnings.reading", contains("DEPARTEMENT_LEADING_ZERO"));
        List<String> utf8 = newFiness(7300);
        post("/api/v1/establishments/batch", establishments(utf8, StandardCharsets.UTF_8), "text/csv", "")
                .statusCode(200).body("created", is(4)).body("warnings.reading", contains("DEPARTEMENT_LEADING_ZERO"));
        for (int i = 0; i < NAMES.size(); i++) {
            for (String finess : List.of(declared.get(i), utf8.get(i))) {
                given().when().get("/api/v1/establishments/{finess}", finess).then().body("name", is(NAMES.get(i)));
            }
        }
    }

    @Test
    void shouldStillRefuseABodyThatIsNeitherUtf8NorWindows1252AndStoreNothing() {
        List<String> finess = newFiness(7400);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(establishments(finess, WINDOWS_1252));
        body.writeBytes(new byte[] {(byte) 0x81});
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        post("/api/v1/establishments/batch", body.toByteArray(), "text/csv", "?atomic=false").statusCode(400)
                .body("detail", containsString("not well-formed UTF-8 nor windows-1252 (line 6, byte 1 of the line"))
                .body("detail", containsString("CSV UTF-8"));
        String json = "[{\"finess\":\"" + finess.get(0) + "\",\"name\":\"" + NAMES.get(0)
                + "\",\"category\":\"620\",\"territory\":\"01\"}]";
        post("/api/v1/establishments/batch", json.getBytes(WINDOWS_1252), "application/json", "").statusCode(400)
                .body("detail", containsString("not well-formed UTF-8"));
        for (String code : finess) {
            given().when().get("/api/v1/establishments/{finess}", code).then().statusCode(404);
        }
    }

    @Test
    void shouldListErrorsOfAFrenchExportAgainstTheRulesWithTheirRowAsForAnyCsv() {
        LocalDate day = TestDates.unusedDay();
        String csv = "date;territory;channel;created;alimented\r\n" + day.format(JJ_MM_AAAA) + ";1;CPAM;1;1\r\n"
                + day.format(JJ_MM_AAAA) + ";20;CPAM;1;1\r\n";
        post("/api/v1/dmp-creations/batch", csv.getBytes(StandardCharsets.UTF_8), "text/csv", "")
                .statusCode(422).body("errors.index", hasItem(1)).body("errors.field", hasItem("territory"));
        assertEquals(Map.of(), storedOn(day));
    }
}
