package fr.dmpindicators;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar started the way the README starts it (its own process, in a working folder of the test's), for
 * the tests of what happens across starts: data and keys kept beside the service, start-up refusals.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path MINT_TOKEN = Path.of("src/dev/mint-token.sh");

    private final Process process;
    public final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar in {@code workDir} with these system properties and waits until it is ready. */
    public static PackagedService start(Path workDir, String... properties) throws IOException, InterruptedException {
        int port = freePort();
        Process process = launch(workDir, port, properties);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (given().port(port).when().get("/q/health/ready").statusCode() == 200) {
                    return new PackagedService(process, port);
                }
            } catch (Exception notYetListening) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready; see " + log(workDir));
    }

    /** Starts the jar in {@code workDir} expecting it to refuse to start; answers its exit code. */
    public static int startExpectingRefusal(Path workDir, String... properties) throws Exception {
        Process process = launch(workDir, freePort(), properties);
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the service should have stopped by itself; see " + log(workDir));
        }
        return process.exitValue();
    }

    public static Path log(Path workDir) {
        return workDir.resolve("service.log");
    }

    /** The README's command for a token, run in the folder the service was started in. */
    public static MintedToken mintToken(Path workDir, String... roleAndRegions) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", MINT_TOKEN.toAbsolutePath().toString()));
        command.addAll(List.of(roleAndRegions));
        Process mint = new ProcessBuilder(command).directory(workDir.toFile()).start();
        String out = new String(mint.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        String err = new String(mint.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new MintedToken(mint.waitFor(), out, err);
    }

    /** What mint-token.sh answered: its exit code, the token on stdout, the message on stderr. */
    public record MintedToken(int exitCode, String token, String error) {
        public String orFail() {
            if (exitCode != 0 || token.isEmpty()) {
                throw new IllegalStateException("mint-token.sh failed (" + exitCode + "): " + error);
            }
            return token;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static Process launch(Path workDir, int port, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Ddmp.demo-data.enabled=false"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(workDir).toFile())).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
