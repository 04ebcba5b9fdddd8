package fr.dmpindicators.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A packaged Quarkus application started as its own process, the way it runs in production. */
final class Service implements AutoCloseable {

    /**
     * The replica's JVM (deploy/): its heap sized from the container's limit, initial and maximum alike, and the serial
     * collector. Pinning only the maximum (-Xmx) would make this machine's JVM commit the whole heap from the start
     * (its initial size is a share of 24 GiB), which no replica does.
     */
    static final List<String> JVM_OPTIONS = ReplicaJvm.options(Bench.root());

    private final Process process;
    private final int port;
    final long startupMillis;

    private Service(Process process, int port, long startupMillis) {
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
    }

    /** Starts {@code quarkus-run.jar} of this application folder and waits until it is ready, timing the wait. */
    static Service start(Path application, Database database, int port, Path log) throws Exception {
        return start(application, database, port, log, false);
    }

    /**
     * The same, with the demo dataset loaded if the database is empty, as the README's first start does: ready means
     * loaded, since the load runs before the service listens.
     */
    static Service start(Path application, Database database, int port, Path log, boolean demoData)
            throws Exception {
        requireFree(port);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(JVM_OPTIONS);
        // A profile of the service, e.g. BENCH_SERVICE_JVM=-XX:StartFlightRecording=filename=bench/work/service.jfr
        String extra = System.getenv().getOrDefault("BENCH_SERVICE_JVM", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", application.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("DMP_DEMO_DATA_ENABLED", String.valueOf(demoData));
        // wrk's 16 connections from one address would spend an anonymous client's allowance in a second.
        env.put("DMP_RATE_LIMIT_ENABLED", "false");
        env.put("DMP_SECURITY_LOCAL_KEY_DIR", keyFolder(application).toString());
        // Import jobs keep their files beside the service's log, not in the working directory.
        env.put("DMP_IMPORTS_DIR", log.resolveSibling("imports").toAbsolutePath().toString());
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(application + " stopped while starting; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - started > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException(application + " was not ready within 5 minutes; see " + log);
            }
            Thread.sleep(20);
        }
        return new Service(process, port, (System.nanoTime() - started) / 1_000_000);
    }

    /** Refuses a port that something already listens on: its answers would be timed as the service's. */
    private static void requireFree(int port) {
        try (Socket taken = new Socket("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " is already taken; choose another with --service-port");
        } catch (IOException free) {
            // nothing listens there
        }
    }

    /** Where the service keeps the token key it generates for itself, beside the application folder. */
    static Path keyFolder(Path application) {
        return application.toAbsolutePath().resolveSibling("keys");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The resident set size of the process now, from /proc. */
    long rssBytes() throws IOException {
        return status("VmRSS:");
    }

    /** The largest resident set size the process has had since it started ("high water mark"), from /proc. */
    long peakRssBytes() throws IOException {
        return status("VmHWM:");
    }

    private long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no " + field + " for " + process.pid());
    }

    /** Stops the service as Kubernetes does (SIGTERM) and waits for its graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
