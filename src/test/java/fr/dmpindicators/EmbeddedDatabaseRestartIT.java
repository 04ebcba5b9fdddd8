package fr.dmpindicators;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps its data in a file: what is pushed (with a token minted by the README's command)
 * before a restart of the packaged jar is there after it.
 */
class EmbeddedDatabaseRestartIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void shouldKeepPushedDataAcrossARestart() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-restart");
        int port = freePort();
        String token = mintDevelopmentToken();
        Process first = start(workDir, port);
        try {
            given().port(port).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("date", "2017-03-01", "territory", "2A", "channel", "PATIENT", "created", 4242,
                            "alimented", 42))
                    .when().post("/api/v1/dmp-creations")
                    .then().statusCode(201);
        } finally {
            stop(first);
        }
        Process second = start(workDir, port);
        try {
            given().port(port).queryParam("territory", "2A").queryParam("channel", "PATIENT")
                    .when().get("/api/v1/dmp-creations")
                    .then().statusCode(200)
                    .body("totalItems", is(1))
                    .body("items[0].created", is(4242));
        } finally {
            stop(second);
        }
    }

    /** The README's one command for a token, signed with the development key the embedded default trusts. */
    private static String mintDevelopmentToken() throws IOException, InterruptedException {
        Process mint = new ProcessBuilder("bash", "src/dev/mint-token.sh", "admin").redirectErrorStream(true).start();
        String token = new String(mint.getInputStream().readAllBytes()).trim();
        if (mint.waitFor() != 0) {
            throw new IllegalStateException("mint-token.sh failed: " + token);
        }
        return token;
    }

    private static Process start(Path workDir, int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Ddmp.demo-data.enabled=false",
                "-jar", JAR.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("service.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
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
        throw new IllegalStateException("the service did not become ready; see " + workDir.resolve("service.log"));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
