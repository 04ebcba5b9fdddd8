package fr.dmpindicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while a large atomic batch is in flight: the client gets the batch's summary (the graceful shutdown let it
 * finish), a 503, or no connection, never a 500; after a restart on the same database the batch is there whole or not
 * at all, and the totals that indicators read equal the sum of the stored records. The packaged jar runs on its
 * embedded default (an H2 file) in the H2 build, on an embedded PostgreSQL this test starts in the PostgreSQL build.
 */
class GracefulShutdownIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final int RECORDS = 10_000;
    private static final List<String> DEPARTEMENTS = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09",
            "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28",
            "29", "2A", "2B", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44",
            "45", "46", "47", "48", "49", "50");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldFinishOrRefuseABatchInFlightAtSigtermNeverHalfStoreItNorAnswer500() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-shutdown");
        int port = freePort();
        try (EmbeddedPostgres postgres = startPostgresIfBuiltForIt()) {
            List<String> database = databaseOptions(postgres);
            LocalDate warmUpStart = LocalDate.of(2012, 1, 1);
            LocalDate batchStart = LocalDate.of(2014, 1, 1);
            Process first = start(workDir, port, database);
            // Minted in the service's folder, with the key pair its first start generated.
            String token = PackagedService.mintToken(workDir, "admin").orFail();
            HttpResponse<String> outcome = null;
            Exception failure = null;
            long warmUpMillis;
            try {
                // A first batch of the same size, to learn how long one takes on this machine.
                Instant before = Instant.now();
                HttpResponse<String> warmUp = post(port, token, batch(warmUpStart)).get();
                assertEquals(200, warmUp.statusCode(), warmUp.body());
                warmUpMillis = Duration.between(before, Instant.now()).toMillis();

                CompletableFuture<HttpResponse<String>> inFlight = post(port, token, batch(batchStart));
                Thread.sleep(Math.max(50, warmUpMillis / 2));
                first.destroy(); // SIGTERM
                try {
                    outcome = inFlight.get();
                } catch (ExecutionException e) {
                    failure = e;
                }
            } finally {
                first.waitFor();
            }
            System.out.printf("GracefulShutdownIT: a batch took %d ms; SIGTERM at half of it gave %s%n", warmUpMillis,
                    outcome == null ? "no answer (" + failure.getCause() + ")" : outcome.statusCode());
            if (outcome != null) {
                assertTrue(outcome.statusCode() == 201 || outcome.statusCode() == 200
                        || outcome.statusCode() == 503, "status " + outcome.statusCode() + ": " + outcome.body());
            }

            String log = Files.readString(workDir.resolve("service.log"));
            assertTrue(!log.contains("Request failed"), "a request failed during the shutdown; see " + workDir);

            Process second = start(workDir, port, database);
            try {
                int stored = storedBetween(port, batchStart, batchStart.plusDays(RECORDS / DEPARTEMENTS.size()));
                if (outcome != null && outcome.statusCode() / 100 == 2) {
                    assertEquals(RECORDS, stored, "an answered batch is stored whole");
                } else {
                    assertTrue(stored == 0 || stored == RECORDS, stored + " records stored: a batch half stored");
                }
                assertTotalsFollowRecords(port, warmUpStart, RECORDS);
                assertTotalsFollowRecords(port, batchStart, stored);
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /** The records of one batch: CPAM counts by département and day from {@code start}, created = 1, 2, 3… */
    private static String batch(LocalDate start) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < RECORDS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"date\":\"")
                    .append(start.plusDays(i / DEPARTEMENTS.size())).append("\",\"territory\":\"")
                    .append(DEPARTEMENTS.get(i % DEPARTEMENTS.size()))
                    .append("\",\"channel\":\"CPAM\",\"created\":").append(created(i))
                    .append(",\"alimented\":").append(created(i) / 2).append('}');
        }
        return json.append(']').toString();
    }

    private static long created(int index) {
        return index + 1L;
    }

    /** The sum of created over the batch's first {@code stored} records: all of them, or none. */
    private static long expectedCreated(int stored) {
        long sum = 0;
        for (int i = 0; i < stored; i++) {
            sum += created(i);
        }
        return sum;
    }

    /** The national totals over the batch's days (read by indicators) equal the sum of its stored records. */
    private static void assertTotalsFollowRecords(int port, LocalDate start, int stored) {
        LocalDate end = start.plusDays(RECORDS / DEPARTEMENTS.size());
        assertEquals(stored, storedBetween(port, start, end));
        long created = given().port(port).queryParam("by", "CHANNEL").queryParam("territory", "FR")
                .queryParam("from", start.toString()).queryParam("to", end.toString())
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().getLong("created");
        assertEquals(expectedCreated(stored), created, "totals of the batch from " + start);
    }

    private static int storedBetween(int port, LocalDate from, LocalDate to) {
        return given().port(port).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("size", 1)
                .when().get("/api/v1/dmp-creations")
                .then().statusCode(200).extract().path("totalItems");
    }

    private CompletableFuture<HttpResponse<String>> post(int port, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/dmp-creations/batch"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An embedded PostgreSQL of this test's own when the jar is built for PostgreSQL, else none (H2 file). */
    private static EmbeddedPostgres startPostgresIfBuiltForIt() throws Exception {
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            return null;
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE dmp_shutdown");
        }
        return postgres;
    }

    private static List<String> databaseOptions(EmbeddedPostgres postgres) {
        List<String> options = new ArrayList<>();
        if (postgres != null) {
            options.add("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + postgres.getPort()
                    + "/dmp_shutdown");
            options.add("-Dquarkus.datasource.username=postgres");
            options.add("-Dquarkus.datasource.password=postgres");
        }
        return options;
    }

    private static Process start(Path workDir, int port, List<String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Ddmp.demo-data.enabled=false"));
        command.addAll(database);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().port(port).when().get("/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYetListening) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        fail("the service did not become ready; see " + workDir.resolve("service.log"));
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
