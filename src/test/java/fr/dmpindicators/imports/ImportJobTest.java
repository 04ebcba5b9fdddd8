package fr.dmpindicators.imports;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import fr.dmpindicators.audit.AuditEntryRepository;
import fr.dmpindicators.metrics.MetricsTest;
import fr.dmpindicators.record.DmpCreationRepository;
import fr.dmpindicators.source.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServerStart;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole files imported as jobs through the API: counts checked against the file as generated here, the records and
 * audit entries counted in the database, nothing stored by a job that fails, is cancelled or is cut by a restart.
 */
@QuarkusTest
class ImportJobTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String HEADER = "date,territory,channel,finess,practitionerType,created,alimented\n";
    /** Every département: 404 records a day, so that 200 000 lines take under 500 days of their own. */
    private static final List<String> DEPARTEMENTS = Stream.concat(IntStream.rangeClosed(1, 95)
            .filter(n -> n != 20).mapToObj(n -> String.format("%02d", n)), Stream.of("2A", "2B", "971", "972", "973",
            "974", "976")).toList();
    private static final List<String> CHANNELS = List.of("CPAM", "PATIENT", "AUTOMATIC", "UNKNOWN");

    @Inject
    DmpCreationRepository records;

    @Inject
    AuditEntryRepository audit;

    @Inject
    ImportJobRepository jobRows;

    @Inject
    Event<HttpServerStart> listening;

    /** A CSV file of {@code lines} distinct records on days of its own, and the first and last of those days. */
    record File(String text, LocalDate first, LocalDate last, int lines) {
        static File of(int lines) {
            int perDay = DEPARTEMENTS.size() * CHANNELS.size();
            LocalDate first = TestDates.unusedDay();
            LocalDate day = first;
            StringBuilder text = new StringBuilder(HEADER);
            for (int n = 0; n < lines; n++) {
                if (n > 0 && n % perDay == 0) {
                    day = TestDates.unusedDay();
                }
                text.append(day).append(',').append(DEPARTEMENTS.get(n % DEPARTEMENTS.size())).append(',')
                        .append(CHANNELS.get(n / DEPARTEMENTS.size() % CHANNELS.size())).append(",,,")
                        .append(n % 1000 + 1).append(',').append(n % 300).append('\n');
            }
            return new File(text.toString(), first, day, lines);
        }
    }

    @Test
    void aFileOf200000LinesIsStoredWholeThenChangesNothingWhenSentAgain() {
        File file = File.of(200_000);
        JsonPath first = awaitEnd(submit(given(), CSV, file.text(), ""));
        assertEquals("SUCCEEDED", first.getString("status"), first.prettify());
        assertEquals(200_000L, first.getLong("created"));
        assertEquals(0L, first.getLong("updated") + first.getLong("unchanged") + first.getLong("rejected"));
        assertEquals(200_000L, first.getLong("linesRead"));
        assertEquals(200_000L, storedBetween(file));
        assertEquals(200_000L, QuarkusTransaction.requiringNew().call(() -> audit.count("requestId",
                first.getString("auditRequestId"))));

        JsonPath again = awaitEnd(submit(given(), CSV, file.text(), ""));
        assertEquals("SUCCEEDED", again.getString("status"));
        assertEquals(200_000L, again.getLong("unchanged"));
        assertEquals(0L, again.getLong("created") + again.getLong("updated"));
        assertTrue(again.getString("message").startsWith("Nothing changed"), again.getString("message"));
        assertEquals(200_000L, storedBetween(file));
    }

    /**
     * A key repeated beyond the first chunk ({@code dmp.batch.max-items}, 10 000 records) is read against what the
     * file stored before it: once with another value (updated), once as it was (unchanged), never created twice.
     */
    @Test
    void aKeyRepeatedInALaterChunkIsUpdatedOrUnchangedNotCreatedAgain() {
        File file = File.of(10_000);
        String text = file.text() + file.first() + ",01,CPAM,,,500,0\n" + file.first() + ",02,CPAM,,,2,1\n";
        JsonPath job = awaitEnd(submit(given(), CSV, text, ""));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(List.of(10_000L, 1L, 1L, 0L, 10_002L), Stream.of("created", "updated", "unchanged", "rejected",
                "linesRead").map(job::getLong).toList());
        assertEquals(10_000L, storedBetween(file));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> records.count(
                "date = ?1 and territoryCode = '01' and channel = ?2 and created = 500", file.first(), Channel.CPAM)));
    }

    /** One bad line among good ones, in each way a line can be bad, in both formats. */
    static Stream<Arguments> badLines() {
        LocalDate day = TestDates.unusedDay();
        String good = day + ",01,CPAM,,,10,5";
        return Stream.of(
                Arguments.of(CSV, HEADER + good + "\n" + day + ",02,CPAM,,,10,5\n" + day + ",13,CPAM,,,-1,0\n", 4,
                        day),
                Arguments.of(CSV, HEADER + good + "\n" + day + ",02,CPAM,,,abc,5\n", 3, day),
                Arguments.of(CSV, HEADER + good + "\n" + day + ",99,CPAM,,,3,1\n", 3, day),
                Arguments.of("application/x-ndjson", "{\"date\":\"" + day + "\",\"territory\":\"01\",\"channel\":"
                        + "\"CPAM\",\"created\":1,\"alimented\":0}\n\n{\"date\":\"" + day + "\",\"territory\":", 3,
                        day),
                Arguments.of("application/x-ndjson", "{\"date\":\"" + day + "\",\"territory\":\"01\",\"channel\":"
                        + "\"CPAM\",\"created\":-1,\"alimented\":0}\n", 1, day));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void anAtomicFileWithOneBadLineFailsNamingItAndStoresNothing(String type, String text, long line,
            LocalDate day) {
        JsonPath job = awaitEnd(submit(given(), type, text, ""));
        assertEquals("FAILED", job.getString("status"), job.prettify());
        assertEquals(line, job.getLong("errors[0].line"), job.prettify());
        assertTrue(job.getString("message").contains("nothing was stored"), job.getString("message"));
        assertEquals(0L, storedOn(day));
    }

    /** A JSON line that gives a name twice is refused naming the name, not read as its last value. */
    @Test
    void aJsonLineGivingANameTwiceIsRefusedNamingIt() {
        LocalDate day = TestDates.unusedDay();
        String line = "{\"date\":\"" + day + "\",\"territory\":\"%s\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0%s}\n";
        JsonPath job = awaitEnd(submit(given(), "application/x-ndjson", String.format(line, "01", "")
                + String.format(line, "02", ",\"created\":2"), ""));
        assertEquals("FAILED", job.getString("status"), job.prettify());
        assertEquals(2L, job.getLong("errors[0].line"));
        assertEquals("created", job.getString("errors[0].field"));
        assertTrue(job.getString("errors[0].message").contains("more than once"), job.prettify());
        assertEquals(0L, storedOn(day));
    }

    /**
     * Past the chunk of the first bad line the rest is only checked, and its bad lines are named too. The metrics
     * count nothing of it: the first chunk's records were written, then rolled back.
     */
    @Test
    void anAtomicFileNamesItsBadLinesInEveryChunkAndStoresNothing() {
        double pushed = MetricsTest.counter("dmp_records_pushed_total", "outcome=\"created\"");
        File file = File.of(10_010);
        List<String> lines = file.text().lines().collect(Collectors.toCollection(ArrayList::new));
        lines.set(2, lines.get(2).replaceFirst(",\\d+,\\d+$", ",-1,0"));
        lines.set(10_004, lines.get(10_004).replaceFirst(",\\d+,\\d+$", ",-2,0"));
        JsonPath job = awaitEnd(submit(given(), CSV, String.join("\n", lines) + "\n", ""));
        assertEquals("FAILED", job.getString("status"), job.prettify());
        assertEquals(2L, job.getLong("rejected"));
        assertEquals(List.of(3, 10_005), job.getList("errors.line", Integer.class));
        assertEquals(0L, storedBetween(file));
        assertEquals(pushed, MetricsTest.counter("dmp_records_pushed_total", "outcome=\"created\""));
    }

    @Test
    void aFileThatIsNotAtomicStoresItsGoodLinesAndNamesTheBadOnes() {
        LocalDate day = TestDates.unusedDay();
        String text = HEADER + day + ",01,CPAM,,,10,5\n" + day + ",02,CPAM,,,-1,0\n" + day + ",13,CPAM,,,7,2\n";
        JsonPath job = awaitEnd(submit(given(), CSV, text, "?atomic=false"));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2L, job.getLong("created"));
        assertEquals(1L, job.getLong("rejected"));
        assertEquals(3L, job.getLong("errors[0].line"));
        assertEquals(2L, storedOn(day));
    }

    /** A French Excel export, without a charset: `;`, CRLF, a lost leading zero, dates JJ/MM/AAAA. */
    @Test
    void aFrenchSpreadsheetExportIsReadWithWarnings() {
        LocalDate day = TestDates.unusedDay();
        String jjmmaaaa = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        String text = "date;territory;channel;created;alimented\r\n" + jjmmaaaa + ";1;CPAM;10;5\r\n" + jjmmaaaa
                + ";13;PATIENT;7;2\r\n";
        String location = given().contentType("text/csv").body(text.getBytes(Charset.forName(
                "windows-1252"))).post("/api/v1/imports").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitEnd(location.substring(location.indexOf("/api/v1/imports/")));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2L, job.getLong("created"));
        assertEquals(2L, storedOn(day));
        List<String> readings = job.getList("warnings.reading");
        assertTrue(readings.containsAll(List.of("DEPARTEMENT_LEADING_ZERO", "DAY_MONTH_YEAR")), readings.toString());
    }

    /** A file that is not the text its charset names fails whole, before any line is read. */
    @Test
    void aFileThatIsNotTextFailsWhole() {
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(header, header.length + 1);
        body[header.length] = (byte) 0xFF;
        String location = given().contentType(CSV).body(body).post("/api/v1/imports").then().statusCode(202)
                .extract().header("Location");
        JsonPath job = awaitEnd(location.substring(location.indexOf("/api/v1/imports/")));
        assertEquals("FAILED", job.getString("status"), job.prettify());
        assertEquals("file", job.getString("errors[0].field"));
        String message = job.getString("message");
        assertTrue(message.contains("not well-formed UTF-8 (byte " + header.length + ")"), message);
    }

    /** The 16 MiB body limit of the other endpoints does not hold a file back: 17 MB, mostly blank lines. */
    @Test
    void aFileOverTheBodyLimitIsTaken() {
        File file = File.of(3);
        JsonPath job = awaitEnd(submit(given(), CSV, file.text() + "\n".repeat(17_000_000), ""));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(3L, job.getLong("created"));
        assertTrue(job.getLong("bytesTotal") > 17_000_000L);
    }

    @Test
    void aDryRunCountsWithoutStoring() {
        File file = File.of(50);
        JsonPath job = awaitEnd(submit(given(), CSV, file.text(), "?dryRun=true"));
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(50L, job.getLong("created"));
        assertEquals(0L, storedBetween(file));
    }

    @Test
    void aProducersFileTouchingAnotherRegionIsRefusedWhole() {
        LocalDate day = TestDates.unusedDay();
        String text = HEADER + day + ",13,CPAM,,,10,5\n" + day + ",84,CPAM,,,3,1\n" + day + ",75,CPAM,,,4,1\n";
        JsonPath job = awaitEnd(submit(RestAssured.given().auth().oauth2(TestTokens.producer("R93")), CSV, text,
                ""));
        assertEquals("FAILED", job.getString("status"), job.prettify());
        assertEquals(4L, job.getLong("errors[0].line"));
        assertEquals("territory", job.getString("errors[0].field"));
        assertEquals(0L, storedOn(day));
    }

    @Test
    void aCancelledJobStoresNothing() {
        File big = File.of(60_000);
        File small = File.of(10);
        String running = submit(given(), CSV, big.text(), "");
        String queued = submit(given(), CSV, small.text(), "");
        given().delete(queued).then().statusCode(200);
        given().delete(running).then().statusCode(200);
        JsonPath bigJob = awaitEnd(running);
        JsonPath smallJob = awaitEnd(queued);
        assertEquals("CANCELLED", bigJob.getString("status"), bigJob.prettify());
        assertEquals("CANCELLED", smallJob.getString("status"), smallJob.prettify());
        assertEquals(0L, storedBetween(big) + storedBetween(small));
    }

    /**
     * A service that stopped during a job left it RUNNING with nothing stored: once the next start listens, the job
     * runs again from the start and is stored once; one that stopped the service too often fails. The event is the
     * one Quarkus sends when its HTTP server has started.
     */
    @Test
    void aJobCutByARestartRunsAgainWholeOrFails() throws Exception {
        File file = File.of(500);
        long resumed = interruptedJob(file, 1);
        long tooOften = interruptedJob(File.of(5), ImportJobs.MAX_ATTEMPTS);
        listening.fireAsync(new HttpServerStart(new HttpServerOptions())).toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        JsonPath again = awaitEnd("/api/v1/imports/" + resumed);
        assertEquals("SUCCEEDED", again.getString("status"), again.prettify());
        assertEquals(500L, again.getLong("created"));
        assertEquals(500L, storedBetween(file));
        assertEquals("FAILED", awaitEnd("/api/v1/imports/" + tooOften).getString("status"));
    }

    private long interruptedJob(File file, int attempts) throws Exception {
        Path path = Files.createDirectories(Path.of("target/imports")).resolve("interrupted-" + file.first()
                + ".csv");
        Files.writeString(path, file.text(), StandardCharsets.UTF_8);
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.status = ImportStatus.RUNNING;
            job.format = ImportJob.Format.CSV;
            job.atomic = true;
            job.filePath = path.toString();
            job.submittedBy = "admin";
            job.submitterAdmin = true;
            job.submitterRegions = "";
            job.submittedAt = OffsetDateTime.now();
            job.startedAt = OffsetDateTime.now();
            job.attempts = attempts;
            job.bytesTotal = Files.size(path);
            jobRows.persist(job);
            return job.id;
        });
    }

    @Test
    void jobsAreListedNewestFirst() {
        String older = submit(given(), CSV, File.of(3).text(), "?dryRun=true");
        String newer = submit(given(), CSV, File.of(3).text(), "?dryRun=true");
        awaitEnd(newer);
        List<Map<String, Object>> items = given().get("/api/v1/imports?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<String> ids = items.stream().map(item -> "/api/v1/imports/" + item.get("id")).toList();
        assertTrue(ids.indexOf(newer) < ids.indexOf(older) && ids.indexOf(newer) >= 0, ids.toString());
    }

    /** Sends a file; answers the job's path from Location. */
    private static String submit(RequestSpecification as, String type, String text, String query) {
        String location = as.contentType(type).body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports" + query).then().statusCode(202)
                .header("Location", containsString("/api/v1/imports/"))
                .extract().header("Location");
        return location.substring(location.indexOf("/api/v1/imports/"));
    }

    /** The job at this path once it has ended, polled every 200 ms for at most 10 minutes. */
    static JsonPath awaitEnd(String job) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath answer = given().get(job).then().statusCode(200).extract().jsonPath();
            if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(answer.getString("status"))) {
                return answer;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(job + " did not end within 10 minutes");
    }

    private long storedBetween(File file) {
        return QuarkusTransaction.requiringNew().call(() -> records.count("date between ?1 and ?2", file.first(),
                file.last()));
    }

    private long storedOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> records.count("date", day));
    }
}
