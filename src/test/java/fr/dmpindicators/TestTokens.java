package fr.dmpindicators;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real signed tokens for the tests: a key pair generated at run time, whose public half the service under test is
 * configured to trust (in-process and packaged alike), and helpers that sign tokens as a provider would.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://dmp-indicators.local/dev";
    public static final String AUDIENCE = "dmp-indicators";

    private static final KeyPair KEYS = generate();

    @Override
    public Map<String, String> start() {
        try {
            Path publicKey = Files.createTempFile("dmp-test-jwt", ".pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    public static String admin() {
        return sign(claims("test-admin", "admin", List.of()));
    }

    public static String producer(String... regions) {
        return sign(claims("test-producer-" + String.join("-", regions), "producer", List.of(regions)));
    }

    public static String reader() {
        return sign(claims("test-reader", "reader", List.of()));
    }

    /** The claims of a valid token, for tests to spoil one part of. */
    public static JwtClaimsBuilder claims(String user, String role, List<String> regions) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(user).preferredUserName(user)
                .claim("azp", "test-client").groups(role).claim("regions", regions).expiresIn(3600);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEYS.getPrivate());
    }

    /** A key nobody trusts, to sign forged tokens with. */
    public static PrivateKey strangerKey() {
        return generate().getPrivate();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
