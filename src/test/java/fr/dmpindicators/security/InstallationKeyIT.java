package fr.dmpindicators.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.PackagedService.MintedToken;
import fr.dmpindicators.PackagedService;
import fr.dmpindicators.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secure by default, on the packaged jar: an installation without identity provider trusts a key pair of its own,
 * generated on its first start and kept beside its data, so that only tokens minted there (src/dev/mint-token.sh, run
 * in its folder) are accepted; an installation with a provider never trusts a local key.
 */
class InstallationKeyIT {

    private static final String TOKEN_REFUSED = "Bearer error=\"invalid_token\", error_description=\""
            + TokenRefusal.SIGNATURE.description() + "\"";

    private static ValidatableResponse push(int port, String token, String date) {
        return given().port(port).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("date", date, "territory", "2B", "channel", "AUTOMATIC", "created", 7, "alimented", 1))
                .when().post("/api/v1/dmp-creations").then();
    }

    @Test
    void shouldGenerateItsOwnKeyOnFirstStartAndTrustOnlyTokensMintedWithIt() throws Exception {
        Path workDir = Files.createTempDirectory("dmp-local-key");
        Path privateKey = workDir.resolve("data/keys/private.pem");
        String minted;
        try (PackagedService service = PackagedService.start(workDir)) {
            assertTrue(Files.isRegularFile(privateKey), "the first start creates the private key");
            assertTrue(Files.isRegularFile(workDir.resolve("data/keys/public.pem")));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
            minted = PackagedService.mintToken(workDir, "producer", "R94").orFail();
            push(service.port, minted, "2016-02-29").statusCode(201);
            String stranger = TestTokens.claims("stranger", "admin", List.of()).sign(TestTokens.strangerKey());
            push(service.port, stranger, "2016-03-01").statusCode(401).header("WWW-Authenticate", is(TOKEN_REFUSED));
        }
        String keyBefore = Files.readString(privateKey);
        try (PackagedService restarted = PackagedService.start(workDir)) {
            push(restarted.port, minted, "2016-03-02").statusCode(201);
        }
        assertEquals(keyBefore, Files.readString(privateKey), "a restart reuses the key pair");
        String log = Files.readString(PackagedService.log(workDir));
        for (String line : keyBefore.lines().filter(l -> !l.startsWith("-----")).toList()) {
            assertFalse(log.contains(line), "the private key must never be logged");
        }
    }

    @Test
    void shouldAskToStartTheServiceFirstWhenMintingWithoutKey() throws Exception {
        MintedToken attempt = PackagedService.mintToken(Files.createTempDirectory("dmp-no-key"), "admin");
        assertNotEquals(0, attempt.exitCode());
        assertEquals("", attempt.token());
        assertTrue(attempt.error().contains("start the service first"), attempt.error());
    }

    @Test
    void shouldNeverTrustALocalKeyWhenAProviderIsConfigured() throws Exception {
        String provider = "-Dmp.jwt.verify.publickey.location=" + new TestTokens().start()
                .get("mp.jwt.verify.publickey.location");
        Path withKeys = Files.createTempDirectory("dmp-provider");
        InstallationKey.loadOrCreate(withKeys.resolve("data/keys"));
        String minted = PackagedService.mintToken(withKeys, "admin").orFail();
        try (PackagedService service = PackagedService.start(withKeys, provider, "-Dquarkus.profile=production")) {
            push(service.port, minted, "2016-03-03").statusCode(401).header("WWW-Authenticate", is(TOKEN_REFUSED));
            push(service.port, TestTokens.admin(), "2016-03-03").statusCode(201);
        }
        Path fresh = Files.createTempDirectory("dmp-provider");
        try (PackagedService service = PackagedService.start(fresh, provider)) {
            push(service.port, TestTokens.admin(), "2016-03-04").statusCode(201);
        }
        assertFalse(Files.exists(fresh.resolve("data/keys")), "no key is generated when a provider is configured");
    }
}
