package fr.dmpindicators.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.PackagedService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started in the production profile (as the Kubernetes Deployment starts it) without an identity
 * provider, refuses to start rather than trust a key of its own.
 */
class ProductionProfileIT {

    @Test
    void shouldRefuseToStartWithoutAnIdentityProvider() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-production");
        int exit = PackagedService.startExpectingRefusal(workDir, "-Dquarkus.profile=production");
        assertNotEquals(0, exit);
        String log = Files.readString(PackagedService.log(workDir));
        assertTrue(log.contains("No identity provider is configured"), log);
        assertFalse(Files.exists(workDir.resolve("data/keys")), "the production profile never generates a key");
    }
}
