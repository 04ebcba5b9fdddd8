package fr.dmpindicators.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A token for the benchmark's pushes, minted by the project's own script with the key the service generated. */
final class Tokens {

    private Tokens() {
    }

    static String admin(Path root, Path keyFolder) throws Exception {
        ProcessBuilder mint = new ProcessBuilder("bash", root.resolve("src/dev/mint-token.sh").toString(), "admin");
        mint.environment().put("TTL", "86400");
        mint.environment().put("SUBJECT", "bench");
        mint.environment().put("DMP_SECURITY_LOCAL_KEY_DIR", keyFolder.toString());
        mint.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = mint.start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("src/dev/mint-token.sh failed");
        }
        return token;
    }
}
