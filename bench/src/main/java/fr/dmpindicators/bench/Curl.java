package fr.dmpindicators.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes batch files back to back with one curl process over one kept-alive connection, the way a producer's
 * script would, and adds up the summaries the service answered.
 */
final class Curl {

    /** What a run of pushes achieved: its wall time and the summaries' totals. */
    record Pushes(double seconds, long created, long updated, long unchanged, long rejected) {
    }

    private Curl() {
    }

    static Pushes push(String url, String token, List<Path> batches, Path work) throws Exception {
        Path responses = Files.createDirectories(work.resolve("responses"));
        StringBuilder config = new StringBuilder();
        List<Path> answers = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            Path answer = responses.resolve("answer-" + i + ".json");
            answers.add(answer);
            config.append(i == 0 ? "" : "next\n")
                    .append("url = \"").append(url).append("\"\n")
                    .append("header = \"Content-Type: application/json\"\n")
                    .append("header = \"Authorization: Bearer ").append(token).append("\"\n")
                    .append("data-binary = \"@").append(batches.get(i).toAbsolutePath()).append("\"\n")
                    .append("output = \"").append(answer.toAbsolutePath()).append("\"\n");
        }
        Path configFile = work.resolve("curl.config");
        Files.writeString(configFile, config);
        long started = System.nanoTime();
        Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--fail-with-body", "--config",
                configFile.toString()).inheritIO().start();
        if (curl.waitFor() != 0) {
            throw new IllegalStateException("curl failed with exit code " + curl.exitValue() + "; answers in "
                    + responses);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectMapper json = new ObjectMapper();
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        for (Path answer : answers) {
            JsonNode summary = json.readTree(answer.toFile());
            created += summary.path("created").asLong();
            updated += summary.path("updated").asLong();
            unchanged += summary.path("unchanged").asLong();
            rejected += summary.path("rejected").asLong();
            Files.delete(answer);
        }
        return new Pushes(seconds, created, updated, unchanged, rejected);
    }
}
