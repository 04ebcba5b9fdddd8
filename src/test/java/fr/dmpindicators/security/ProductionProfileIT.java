package fr.dmpindicators.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, started in the production profile with the development key, refuses to start. */
class ProductionProfileIT {

    @Test
    void shouldRefuseToStartWithTheDevelopmentKey() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-production");
        Path log = workDir.resolve("service.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=production", "-Dquarkus.http.port=0", "-Ddmp.demo-data.enabled=false",
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString())
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "the service should stop by itself");
        assertNotEquals(0, process.exitValue());
        assertTrue(Files.readString(log).contains("The development token key"), Files.readString(log));
    }
}
