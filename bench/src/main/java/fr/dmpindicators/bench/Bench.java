package fr.dmpindicators.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark of bench/README.md: on each database, ingest through the public API against the plain JDBC floor,
 * reads at two scales against the HTTP floor, and the footprint; results printed and written to bench/results/.
 *
 * <p>Arguments (all optional): {@code --databases=postgresql,h2 --records=1000000 --scale-to=10000000
 * --h2-scale-to=1000000 --read-seconds=10 --service-port=18080 --postgres-port=15432 --imports=csv,ndjson}, and
 * {@code --only=import}: the batch passes and the import phase, nothing else; {@code --only=ingest}: the batch passes
 * and the plain JDBC floor, nothing else (the ingest ratio in a few minutes); {@code --only=demo}: the first starts
 * with and without the demo dataset (H2), nothing else.
 */
public final class Bench {

    static final int BATCH = 10_000;
    static final int STARTS = 7;

    /** The reads measured, each with 16 clients, beside the HTTP floor. */
    static final Map<String, String> READS = readsOf();

    private static Map<String, String> readsOf() {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("health (HTTP floor)", "/q/health");
        reads.put("national coverage", "/api/v1/indicators/coverage?territory=FR");
        reads.put("département coverage", "/api/v1/indicators/coverage?territory=80");
        reads.put("24-month monthly series", "/api/v1/indicators/timeseries?territory=FR&interval=MONTH"
                + "&from=2023-11-01&to=2025-10-31");
        reads.put("ranking of the 101 départements", "/api/v1/indicators/ranking?parent=FR&level=DEPARTEMENT");
        reads.put("dashboard card", "/api/v1/territories/80/dashboard");
        return reads;
    }

    private final Path root;
    private final Path work;
    private final Dataset dataset;
    private final Map<String, String> options;
    private final int servicePort;
    private final int postgresPort;

    private Bench(Path root, Map<String, String> options) throws Exception {
        this.root = root;
        this.work = root.resolve("bench/work");
        this.dataset = new Dataset(root.resolve("src/main/resources/reference/departements.csv"));
        this.options = options;
        this.servicePort = Integer.parseInt(options.get("service-port"));
        this.postgresPort = Integer.parseInt(options.get("postgres-port"));
    }

    /** The project's folder: {@code -Dbench.root}, or the bench module's parent. */
    static Path root() {
        return Path.of(System.getProperty("bench.root", "..")).toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("databases", "postgresql,h2", "records", "1000000",
                "scale-to", "10000000", "h2-scale-to", "1000000", "read-seconds", "10", "service-port", "18080", "postgres-port", "15432"));
        options.putIfAbsent("imports", "csv,ndjson");
        options.putIfAbsent("only", "");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair[1]);
        }
        Bench bench = new Bench(root(), options);
        Report report = new Report(options);
        boolean demoOnly = options.get("only").equals("demo");
        for (String kind : demoOnly ? new String[0] : options.get("databases").split(",")) {
            report.add(kind, bench.run(kind));
        }
        if (List.of(options.get("databases").split(",")).contains("h2") && (demoOnly || options.get("only").isEmpty())) {
            report.addDemoStarts(bench.demoStarts());
        }
        report.write(bench.root.resolve("bench/results"));
    }

    private Map<String, Object> run(String kind) throws Exception {
        long records = Long.parseLong(options.get("records"));
        boolean importOnly = options.get("only").equals("import");
        boolean ingestOnly = options.get("only").equals("ingest");
        Path dbWork = Files.createDirectories(work.resolve(kind));
        Path log = dbWork.resolve("service.log");
        Files.deleteIfExists(log);
        Map<String, Object> result = new LinkedHashMap<>();
        String token;
        try (Database database = kind.equals("postgresql")
                ? Database.postgresql(dbWork.resolve("pgdata"), postgresPort)
                : Database.h2(dbWork.resolve("h2"))) {
            Path application = work.resolve("app-" + kind);
            List<Path> firstMillion = batches(0, records, dbWork.resolve("batches"));
            try (Service service = Service.start(application, database, servicePort, log)) {
                result.put("firstStartMillis", service.startupMillis);
                result.put("rssAtRestBytes", service.rssBytes());
                // The service generated its token key on this first start: tokens can be minted now.
                token = Tokens.admin(root, Service.keyFolder(application));
                Api.registerEstablishments(service, token, dataset);
                say(kind, "ingest: " + firstMillion.size() + " batches of " + BATCH);
                Curl.Pushes first = Curl.push(service.url("/api/v1/dmp-creations/batch"), token, firstMillion,
                        dbWork);
                check(first.created() == records, "first pass created " + first.created());
                result.put("ingestFirstPass", pushes(first, records));
                say(kind, "first pass: " + result.get("ingestFirstPass"));
                say(kind, "ingest: re-sending the same batches");
                Curl.Pushes again = Curl.push(service.url("/api/v1/dmp-creations/batch"), token, firstMillion,
                        dbWork);
                check(again.unchanged() == records, "second pass unchanged " + again.unchanged());
                result.put("ingestResend", pushes(again, records));
                say(kind, "re-send: " + result.get("ingestResend"));
                result.put("rssAfterIngestBytes", service.rssBytes());
                result.put("rssPeakIngestBytes", service.peakRssBytes());
            }
            if (ingestOnly) {
                floor(kind, database, result);
                return result;
            }
            if (!importOnly) {
                afterIngest(kind, database, application, token, dbWork, result);
            }
        }
        result.put("import", new ImportPhase(dataset, work.resolve("app-" + kind), dbWork, servicePort, postgresPort,
                token).run(kind, records, List.of(options.get("imports").split(","))));
        return result;
    }

    /** The floor, the starts, the reads, the load to scale and the footprint, after the ingest. */
    private void afterIngest(String kind, Database database, Path application, String token, Path dbWork,
            Map<String, Object> result) throws Exception {
        long records = Long.parseLong(options.get("records"));
        long scaleTo = Math.min(Long.parseLong(options.get(kind.equals("h2") ? "h2-scale-to" : "scale-to")),
                dataset.capacity());
        int readSeconds = Integer.parseInt(options.get("read-seconds"));
        Path log = dbWork.resolve("service.log");
        floor(kind, database, result);
        result.put("databaseBytesAt" + records, database.sizeBytes());
        result.put("tableBytesAt" + records, database.tableBytes());
        List<Long> starts = new ArrayList<>();
        List<Long> emptyStarts = new ArrayList<>();
        try (Database emptyDatabase = kind.equals("postgresql")
                ? Database.postgresql(dbWork.resolve("pgdata-empty"), postgresPort + 1)
                : Database.h2(dbWork.resolve("h2-empty"))) {
            for (int i = 0; i < STARTS; i++) {
                try (Service service = Service.start(application, database, servicePort, log)) {
                    starts.add(service.startupMillis);
                }
                try (Service empty = Service.start(work.resolve("empty-" + kind), emptyDatabase, servicePort,
                        dbWork.resolve("empty-app.log"))) {
                    emptyStarts.add(empty.startupMillis);
                }
            }
        }
        result.put("startMillis", starts);
        result.put("emptyAppStartMillis", emptyStarts);
        say(kind, "starts " + starts + ", empty application " + emptyStarts);
        try (Service service = Service.start(application, database, servicePort, log)) {
            result.put("reads" + records, reads(service, readSeconds, dbWork));
            if (scaleTo > records) {
                say(kind, "scaling to " + scaleTo + " records");
                result.put("scaleLoad", scale(service, token, records, scaleTo, dbWork));
                say(kind, "scale load: " + result.get("scaleLoad"));
                result.put("reads" + scaleTo, reads(service, readSeconds, dbWork));
            }
            result.put("rssAfterLoadBytes", service.rssBytes());
            result.put("rssPeakLoadBytes", service.peakRssBytes());
        }
        result.put("databaseBytesAt" + scaleTo, database.sizeBytes());
        result.put("tableBytesAt" + scaleTo, database.tableBytes());
    }

    /** The same rows inserted by plain JDBC, after the ingest, on the same database. */
    private void floor(String kind, Database database, Map<String, Object> result) throws Exception {
        long records = Long.parseLong(options.get("records"));
        say(kind, "plain JDBC floor");
        double floorSeconds = JdbcFloor.insert(database, dataset, records, BATCH);
        result.put("jdbcFloorRecordsPerSecond", records / floorSeconds);
        say(kind, "floor: " + records / floorSeconds + " records/s");
    }

    /**
     * Loads records {@code from} to {@code to} through the batch API, a million at a time, with two producers pushing
     * side by side (the service takes concurrent batches; one producer leaves a core idle while it waits).
     */
    private Map<String, Object> scale(Service service, String token, long from, long to, Path dbWork)
            throws Exception {
        double seconds = 0;
        ExecutorService producers = Executors.newFixedThreadPool(2);
        try {
            for (long start = from; start < to; start += 1_000_000) {
                long end = Math.min(start + 1_000_000, to);
                List<Path> files = batches(start, end, dbWork.resolve("batches"));
                List<Future<Curl.Pushes>> pushes = new ArrayList<>();
                long started = System.nanoTime();
                for (int producer = 0; producer < 2; producer++) {
                    List<Path> share = files.subList(producer * files.size() / 2, (producer + 1) * files.size() / 2);
                    Path producerWork = Files.createDirectories(dbWork.resolve("producer-" + producer));
                    pushes.add(producers.submit(() -> Curl.push(service.url("/api/v1/dmp-creations/batch"), token,
                            share, producerWork)));
                }
                long created = 0;
                for (Future<Curl.Pushes> push : pushes) {
                    created += push.get().created();
                }
                seconds += (System.nanoTime() - started) / 1e9;
                check(created == end - start, "created " + created + " of " + (end - start));
                say("scale", end + " records stored");
            }
        } finally {
            producers.shutdown();
        }
        return Map.of("records", to - from, "seconds", seconds, "recordsPerSecond", (to - from) / seconds);
    }

    private Map<String, Object> reads(Service service, int seconds, Path dbWork) throws Exception {
        Map<String, Object> reads = new LinkedHashMap<>();
        Path script = root.resolve("bench/wrk/report.lua");
        for (Map.Entry<String, String> read : READS.entrySet()) {
            Wrk.run(service.url(read.getValue()), 16, 5, script, dbWork);
            Wrk.Latency latency = Wrk.run(service.url(read.getValue()), 16, seconds, script, dbWork);
            check(latency.errors() == 0, read.getKey() + ": " + latency.errors() + " errors");
            say("reads", read.getKey() + " " + latency);
            reads.put(read.getKey(), latency);
        }
        return reads;
    }

    /**
     * The README's first start, the embedded default loading the demo dataset, beside a first start on an empty
     * database with the demo switched off: each on a new H2 database, alternately, {@link #STARTS} times.
     */
    private Map<String, Object> demoStarts() throws Exception {
        Path dbWork = Files.createDirectories(work.resolve("h2-demo"));
        Map<String, Object> starts = new LinkedHashMap<>(Map.of("demoFirstStartMillis", new ArrayList<Long>(),
                "emptyFirstStartMillis", new ArrayList<Long>()));
        for (int i = 0; i < STARTS; i++) {
            for (boolean demo : List.of(true, false)) {
                String name = demo ? "demoFirstStartMillis" : "emptyFirstStartMillis";
                try (Database database = Database.h2(dbWork.resolve(name + "-" + i));
                        Service service = Service.start(work.resolve("app-h2"), database, servicePort,
                                dbWork.resolve("service.log"), demo)) {
                    @SuppressWarnings("unchecked")
                    List<Long> times = (List<Long>) starts.get(name);
                    times.add(service.startupMillis);
                    if (demo) {
                        starts.put("rssAfterDemoBytes", service.rssBytes());
                    }
                }
            }
        }
        say("h2", "first starts " + starts);
        return starts;
    }

    /** Writes the batch files of records {@code from} to {@code to}, replacing the folder's earlier ones. */
    private List<Path> batches(long from, long to, Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (long start = from; start < to; start += BATCH) {
            Path file = folder.resolve("batch-" + start + ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                dataset.writeBatch(start, Math.min(start + BATCH, to), out);
            }
            files.add(file);
        }
        return files;
    }

    private static Map<String, Object> pushes(Curl.Pushes pushes, long records) {
        return Map.of("seconds", pushes.seconds(), "recordsPerSecond", records / pushes.seconds());
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("unexpected: " + what);
        }
    }

    static void say(String where, String what) {
        System.out.println("[bench " + where + "] " + what);
    }
}
