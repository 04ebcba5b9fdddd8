package fr.dmpindicators.http;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.Api;
import fr.dmpindicators.RawHttp;
import fr.dmpindicators.TestDates;
import fr.dmpindicators.TestTokens;
import fr.dmpindicators.problem.ProblemMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A client that closes the connection in the middle of its body, sent in chunks or announced by a length, went away:
 * no fault of the service. It is logged as one line at DEBUG (no ERROR, no stack), nothing of the body is stored,
 * and the service goes on answering. The log is read in the test's JVM, so this class has no {@code *IT} twin.
 */
@QuarkusTest
class AbandonedUploadTest {

    /** The loggers of the two places a body cut off fails: the HTTP layer's and the REST layer's reading. */
    private static final List<String> LOGGERS = List.of(HttpProblems.class.getName(),
            ProblemMapper.class.getName());

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLogs() {
        for (String name : LOGGERS) {
            Logger.getLogger(name).setLevel(Level.FINE);
            Logger.getLogger(name).addHandler(capture);
        }
    }

    @AfterEach
    void releaseTheLogs() {
        for (String name : LOGGERS) {
            Logger.getLogger(name).removeHandler(capture);
            Logger.getLogger(name).setLevel(null);
        }
    }

    @ParameterizedTest(name = "{0} {1}, {2}")
    @CsvSource({"POST, /api/v1/dmp-creations/batch, chunked", "POST, /api/v1/dmp-creations, chunked",
        "POST, /api/v1/imports, chunked", "POST, /api/v1/dmp-creations/batch, length",
        "POST, /api/v1/dmp-creations, length", "POST, /api/v1/imports, length"})
    void shouldLogAClientGoneInTheMiddleOfItsBodyAtDebugAndStoreNothing(String method, String path,
            String framing) throws InterruptedException {
        LocalDate day = TestDates.unusedDay();
        String record = "{\"date\":\"" + day + "\",\"territory\":\"48\",\"channel\":\"CPAM\",\"created\":1,"
                + "\"alimented\":0}";
        String part = path.endsWith("imports") ? "date,territory,channel,created,alimented\n" + day + ",48,CPAM,1,0\n"
                + day : path.endsWith("batch") ? "[" + record + "," : record.substring(0, record.length() - 1);
        int jobs = Api.given().get("/api/v1/imports").then().statusCode(200).extract().path("totalItems");
        String type = path.endsWith("imports") ? "text/csv" : "application/json";
        RawHttp.abandon(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.admin() + "\r\nContent-Type: " + type + "\r\n"
                + (framing.equals("chunked") ? "Transfer-Encoding: chunked" : "Content-Length: 100000"),
                part.getBytes(StandardCharsets.UTF_8));

        String line = method + " " + path + ": the client closed the connection";
        for (int wait = 0; wait < 100 && records.stream().noneMatch(r -> r.getMessage().startsWith(line)
                || r.getLevel().intValue() >= Level.WARNING.intValue()); wait++) {
            Thread.sleep(100);
        }
        assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                () -> "logged above DEBUG: " + records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList());
        assertEquals(1, records.stream().filter(r -> r.getMessage().startsWith(line) && r.getThrown() == null
                && r.getLevel().intValue() == Level.FINE.intValue()).count(),
                () -> records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString());
        Api.given().queryParam("territory", "48").queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/dmp-creations").then().statusCode(200).body("totalItems", is(0));
        Api.given().get("/api/v1/imports").then().statusCode(200).body("totalItems", is(jobs));
    }
}
