package fr.dmpindicators.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of the batch first pass sent instead as one file to {@code POST /api/v1/imports}, by curl, to a service on
 * a new database of its own (the lines are new to it, as they were to the first pass), then the same file again (all
 * unchanged): each import timed from the upload's start to the job's end, its counts checked, and the service's peak
 * RSS, once per file format.
 */
final class ImportPhase {

    /** A file format an import job takes: its name, the extension of its file and its content type. */
    record Format(String name, String extension, String contentType) {
    }

    static final List<Format> FORMATS = List.of(new Format("csv", "csv", "text/csv; charset=UTF-8"),
            new Format("ndjson", "ndjson", "application/x-ndjson"));

    /** One job as it ended, and how long it took from the upload's start. */
    record Job(double seconds, double uploadSeconds, long created, long updated, long unchanged, long rejected,
            String status, String message) {
    }

    private final Dataset dataset;
    private final Path application;
    private final Path dbWork;
    private final int servicePort;
    private final int postgresPort;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    ImportPhase(Dataset dataset, Path application, Path dbWork, int servicePort, int postgresPort, String token) {
        this.dataset = dataset;
        this.application = application;
        this.dbWork = dbWork;
        this.servicePort = servicePort;
        this.postgresPort = postgresPort;
        this.token = token;
    }

    /** Imports records 0 to {@code records} in each format named, each on a new database. */
    Map<String, Object> run(String kind, long records, List<String> formats) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        for (Format format : FORMATS) {
            if (formats.contains(format.name())) {
                results.put(format.name(), run(kind, records, format));
            }
        }
        return results;
    }

    private Map<String, Object> run(String kind, long records, Format format) throws Exception {
        Path file = dbWork.resolve("import." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            if (format.name().equals("csv")) {
                dataset.writeCsv(0, records, out);
            } else {
                dataset.writeJsonLines(0, records, out);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("fileBytes", Files.size(file));
        Path folder = dbWork.resolve("import-" + format.name());
        try (Database database = kind.equals("postgresql")
                ? Database.postgresql(folder.resolve("pgdata"), postgresPort + 2)
                : Database.h2(folder.resolve("h2"));
                Service service = Service.start(application, database, servicePort, dbWork.resolve("service.log"))) {
            Api.registerEstablishments(service, token, dataset);
            result.put("rssAtRestBytes", service.rssBytes());
            Bench.say(kind, "import of " + records + " lines as " + format.name());
            Job first = importFile(service, file, format);
            Bench.check(first.created() == records && "SUCCEEDED".equals(first.status()), "import " + first);
            result.put("first", rates(first, records));
            result.put("rssPeakFirstBytes", service.peakRssBytes());
            Bench.say(kind, "import: " + result.get("first") + ", peak RSS " + service.peakRssBytes() / (1 << 20)
                    + " MiB");
            Job again = importFile(service, file, format);
            Bench.check(again.unchanged() == records && "SUCCEEDED".equals(again.status()), "re-import " + again);
            result.put("again", rates(again, records));
            result.put("rssPeakBytes", service.peakRssBytes());
            Bench.say(kind, "re-import: " + result.get("again"));
        }
        Files.delete(file);
        return result;
    }

    /** Uploads the file by curl (streamed, as {@code -T} does), then follows the job until it ends. */
    private Job importFile(Service service, Path file, Format format) throws Exception {
        Path answer = dbWork.resolve("import-answer.json");
        long started = System.currentTimeMillis();
        long startedNanos = System.nanoTime();
        Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--fail-with-body", "-X", "POST",
                "-T", file.toString(), "-H", "Content-Type: " + format.contentType(), "-H", "Expect:", "-H",
                "Authorization: Bearer " + token, "-o", answer.toString(), service.url("/api/v1/imports"))
                .inheritIO().start();
        if (curl.waitFor() != 0) {
            throw new IllegalStateException("curl failed with exit code " + curl.exitValue() + ": "
                    + Files.readString(answer));
        }
        double uploadSeconds = (System.nanoTime() - startedNanos) / 1e9;
        String job = "/api/v1/imports/" + json.readTree(answer.toFile()).path("id").asLong();
        while (true) {
            JsonNode state = json.readTree(http.send(HttpRequest.newBuilder(URI.create(service.url(job)))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
            String status = state.path("status").asText();
            if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(status)) {
                long ended = OffsetDateTime.parse(state.path("endedAt").asText()).toInstant().toEpochMilli();
                return new Job((ended - started) / 1e3, uploadSeconds, state.path("created").asLong(),
                        state.path("updated").asLong(), state.path("unchanged").asLong(),
                        state.path("rejected").asLong(), status, state.path("message").asText());
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, Object> rates(Job job, long records) {
        return Map.of("seconds", job.seconds(), "uploadSeconds", job.uploadSeconds(), "recordsPerSecond",
                records / job.seconds());
    }
}
