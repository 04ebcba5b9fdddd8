package fr.dmpindicators.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.request.RequestId;
import fr.dmpindicators.request.RequestIdFilters;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in the production profile writes JSON log lines, and every line written while a request is handled,
 * a library's included (here Hibernate's SQL log), carries that request's id; lines outside requests carry none.
 */
class RequestIdLoggingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTagEveryLogLineOfARequestWithItsRequestId() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-logging");
        Path log = workDir.resolve("service.log");
        int port = freePort();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=production",
                // The production profile needs an identity provider: any key will do, no token is sent.
                "-Dmp.jwt.verify.publickey.location=" + providerKey(workDir),
                "-Dquarkus.log.category.\"org.hibernate.SQL\".level=DEBUG",
                "-Dquarkus.http.port=" + port, "-Ddmp.demo-data.enabled=false",
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitReady(port, log);
            for (String requestId : List.of("logging-it-1", "logging-it-2")) {
                given().port(port).header(RequestId.HEADER, requestId)
                        .when().get("/api/v1/territories/94")
                        .then().statusCode(200).header(RequestId.HEADER, requestId);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertFalse(lines.isEmpty(), "no JSON log line in the production profile:\n" + Files.readString(log));

        JsonNode listening = lines.stream().filter(line -> line.path("message").asText().contains("Listening on"))
                .findFirst().orElseThrow(() -> new AssertionError("no startup line:\n" + lines));
        long started = listening.path("sequence").asLong();
        List<JsonNode> startup = lines.stream().filter(line -> line.path("sequence").asLong() <= started).toList();
        assertTrue(startup.stream().noneMatch(line -> line.has(RequestIdFilters.MDC_KEY)),
                "lines outside any request should carry no request id:\n" + startup);

        // Once listening, the import worker's thread queues again the jobs a stopped service left running, outside
        // any request: its lines carry no id either.
        List<JsonNode> sqlAfterStart = lines.stream()
                .filter(line -> line.path("sequence").asLong() > started)
                .filter(line -> line.path("loggerName").asText().equals("org.hibernate.SQL")).toList();
        String importThread = "import-worker";
        List<JsonNode> importWorker = sqlAfterStart.stream()
                .filter(line -> line.path("threadName").asText().equals(importThread)).toList();
        assertTrue(importWorker.stream().noneMatch(line -> line.has(RequestIdFilters.MDC_KEY)),
                "the import worker's lines are outside any request:\n" + importWorker);

        // Both requests are served by the same worker thread: each line must still carry its own request's id.
        List<JsonNode> requestSql = sqlAfterStart.stream()
                .filter(line -> !line.path("threadName").asText().equals(importThread)).toList();
        assertEquals(Set.of("logging-it-1", "logging-it-2"),
                requestSql.stream().map(line -> line.path(RequestIdFilters.MDC_KEY).asText())
                        .collect(Collectors.toSet()),
                "each SQL line should carry the id of the request it served:\n" + requestSql);
    }

    /** A public key that is not the development one, as a provider's would be. */
    private static String providerKey(Path workDir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPublic()
                        .getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path key = workDir.resolve("provider-public.pem");
        Files.writeString(key, pem);
        return key.toAbsolutePath().toString();
    }

    private static void awaitReady(int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().port(port).when().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the service did not become ready:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
