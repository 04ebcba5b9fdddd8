package fr.dmpindicators.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs wrk against one URL with a fixed number of connections, and reads its latency percentiles. */
final class Wrk {

    /** What wrk measured: requests per second, and latencies in milliseconds. */
    record Latency(double requestsPerSecond, double p50, double p90, double p99, double max, long errors) {
    }

    private Wrk() {
    }

    static Latency run(String url, int connections, int seconds, Path script, Path work) throws Exception {
        Path report = work.resolve("wrk-report.json");
        ProcessBuilder builder = new ProcessBuilder("wrk", "--threads", "2", "--connections",
                String.valueOf(connections), "--duration", seconds + "s", "--timeout", "10s", "--script",
                script.toString(), url).redirectErrorStream(true).redirectOutput(work.resolve("wrk.log").toFile());
        builder.environment().put("WRK_REPORT", report.toString());
        Process wrk = builder.start();
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed; see " + work.resolve("wrk.log"));
        }
        JsonNode result = new ObjectMapper().readTree(report.toFile());
        return new Latency(result.get("requests").asDouble() / (result.get("durationMicros").asDouble() / 1e6),
                result.get("p50").asDouble() / 1000, result.get("p90").asDouble() / 1000,
                result.get("p99").asDouble() / 1000, result.get("max").asDouble() / 1000,
                result.get("non2xx").asLong() + result.get("socketErrors").asLong());
    }
}
