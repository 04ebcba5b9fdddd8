package fr.dmpindicators.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's results against its targets: printed, and written as JSON and Markdown. */
final class Report {

    private final Map<String, Object> all = new LinkedHashMap<>();
    private final Map<String, Object> databases = new LinkedHashMap<>();
    private final StringBuilder markdown = new StringBuilder();
    private final long records;
    private final Map<String, String> options;

    Report(Map<String, String> options) {
        this.options = options;
        records = Long.parseLong(options.get("records"));
        all.put("date", OffsetDateTime.now().toString());
        all.put("options", options);
        all.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", service JVM " + Service.JVM_OPTIONS);
        all.put("databases", databases);
        markdown.append("Run of ").append(all.get("date")).append(" on ").append(all.get("machine"))
                .append(", options ").append(options).append(".\n");
    }

    @SuppressWarnings("unchecked")
    void add(String kind, Map<String, Object> result) {
        long scaleTo = Long.parseLong(options.get(kind.equals("h2") ? "h2-scale-to" : "scale-to"));
        databases.put(kind, result);
        markdown.append("\n### ").append(kind).append("\n\n| ingest | records/s | target | |\n|---|---:|---|---|\n");
        double first = rate(result.get("ingestFirstPass"));
        double resend = rate(result.get("ingestResend"));
        if (!result.containsKey("jdbcFloorRecordsPerSecond")) {
            row("first pass, batches of 10 000 through the API", first, "", "");
            row("re-send, every record unchanged", resend, "", "");
            markdown.append(String.format("| peak RSS (VmHWM) of the batch passes | %d MiB | | |%n",
                    mib(result.get("rssPeakIngestBytes"))));
            imports(result, first, resend);
            System.out.println(markdown);
            return;
        }
        double floor = (double) result.get("jdbcFloorRecordsPerSecond");
        row("first pass, batches of 10 000 through the API", first, "", "");
        row("re-send, every record unchanged", resend, "≥ first pass", verdict(resend >= first));
        row("plain JDBC batch insert of the same rows (floor)", floor, "", "");
        markdown.append(String.format("| API first pass / floor | %.2f | ≥ 0.50 | %s |%n", first / floor,
                verdict(first / floor >= 0.5)));
        if (!result.containsKey("startMillis")) { // --only=ingest
            System.out.println(markdown);
            return;
        }
        if (result.get("scaleLoad") instanceof Map<?, ?> scale) {
            row("scale load to " + scaleTo + " records through the API", rate(scale), "", "");
        }
        markdown.append("\n| read, 16 clients | p50 ms | p99 ms | req/s | p99 / health p99 | target |\n")
                .append("|---|---:|---:|---:|---:|---|\n");
        Map<String, Wrk.Latency> small = (Map<String, Wrk.Latency>) result.get("reads" + records);
        Map<String, Wrk.Latency> large = scaleTo > records ? (Map<String, Wrk.Latency>) result.get("reads" + scaleTo)
                : null;
        reads(records, small, null);
        if (large != null) {
            reads(scaleTo, large, small);
        }
        List<Long> starts = (List<Long>) result.get("startMillis");
        List<Long> emptyStarts = (List<Long>) result.get("emptyAppStartMillis");
        double ratio = (double) median(starts) / median(emptyStarts);
        long rssAfter = (long) result.get("rssAfterLoadBytes");
        long peakIngest = (long) result.get("rssPeakIngestBytes");
        long peakLoad = (long) result.get("rssPeakLoadBytes");
        markdown.append("\n| footprint | value | target | |\n|---|---:|---|---|\n")
                .append(String.format("| startup of the packaged jar, median of %s | %d ms | | |%n", starts,
                        median(starts)))
                .append(String.format("| startup of an empty app with the same extensions, median of %s | %d ms |"
                        + " | |%n", emptyStarts, median(emptyStarts)))
                .append(String.format("| startup ratio | %.2f | ≤ 1.50 | %s |%n", ratio, verdict(ratio <= 1.5)))
                .append(String.format("| first start on an empty database (migrations) | %d ms | | |%n",
                        (long) result.get("firstStartMillis")))
                .append(String.format("| RSS at rest | %d MiB | | |%n", mib(result.get("rssAtRestBytes"))))
                .append(String.format("| RSS after the ingest | %d MiB | | |%n",
                        mib(result.get("rssAfterIngestBytes"))))
                .append(String.format("| RSS after the load and reads | %d MiB | < 512 MiB | %s |%n", mib(rssAfter),
                        verdict(rssAfter < 512L * 1024 * 1024)))
                .append(String.format("| peak RSS (VmHWM), ingest process / load and reads process | %d / %d MiB |"
                        + " < 512 MiB | %s |%n", mib(peakIngest), mib(peakLoad),
                        verdict(Math.max(peakIngest, peakLoad) < 512L * 1024 * 1024)))
                .append(String.format("| database size at %d records | %d MiB (%.0f MiB per million) | | |%n",
                        records, mib(result.get("databaseBytesAt" + records)),
                        mib(result.get("databaseBytesAt" + records)) / (records / 1e6)));
        if (large != null) {
            markdown.append(String.format("| database size at %d records | %d MiB (%.0f MiB per million) | | |%n",
                    scaleTo, mib(result.get("databaseBytesAt" + scaleTo)),
                    mib(result.get("databaseBytesAt" + scaleTo)) / (scaleTo / 1e6)));
        }
        tables(result, large != null ? scaleTo : records);
        imports(result, first, resend);
        System.out.println(markdown);
    }

    /** The same lines as the batch first pass, imported as one file on a new database, then again. */
    @SuppressWarnings("unchecked")
    private void imports(Map<String, Object> result, double batchFirstPass, double batchResend) {
        Map<String, Map<String, Object>> imports = (Map<String, Map<String, Object>>) result.get("import");
        if (imports == null || imports.isEmpty()) {
            return;
        }
        markdown.append(String.format("%n| import job, %d lines, upload start to job end | records/s | s (upload s) |"
                + " ÷ the same batch pass | target | peak RSS |%n|---|---:|---:|---:|---|---:|%n", records));
        imports.forEach((format, run) -> {
            Map<String, Object> first = (Map<String, Object>) run.get("first");
            Map<String, Object> again = (Map<String, Object>) run.get("again");
            double ratio = rate(first) / batchFirstPass;
            markdown.append(String.format("| %s file, every line new | %.0f | %.1f (%.1f) | %.2f | ≥ 1: %s | %d MiB |%n",
                    format, rate(first), first.get("seconds"), first.get("uploadSeconds"), ratio, verdict(ratio >= 1),
                    mib(run.get("rssPeakFirstBytes"))))
                    .append(String.format("| %s file again, every line unchanged | %.0f | %.1f (%.1f) | %.2f | | %d"
                            + " MiB |%n", format, rate(again), again.get("seconds"), again.get("uploadSeconds"),
                            rate(again) / batchResend, mib(run.get("rssPeakBytes"))));
        });
    }

    /** What each table costs per million records, at the largest scale measured: where the database size goes. */
    @SuppressWarnings("unchecked")
    private void tables(Map<String, Object> result, long scale) {
        Map<String, Long> tables = (Map<String, Long>) result.get("tableBytesAt" + scale);
        markdown.append(String.format("%n| table, indexes included, at %d records | MiB | MiB per million records |%n"
                + "|---|---:|---:|%n", scale));
        tables.forEach((table, bytes) -> markdown.append(String.format("| %s | %d | %.1f |%n", table, mib(bytes),
                bytes / (1024.0 * 1024) / (scale / 1e6))));
    }

    /** The first start with the demo dataset against a first start on an empty database, both on H2. */
    @SuppressWarnings("unchecked")
    void addDemoStarts(Map<String, Object> result) {
        databases.put("h2-demo", result);
        List<Long> demo = (List<Long>) result.get("demoFirstStartMillis");
        List<Long> empty = (List<Long>) result.get("emptyFirstStartMillis");
        double ratio = (double) median(demo) / median(empty);
        markdown.append("\n### h2, first start (the README's command)\n\n| first start | value | target | |\n")
                .append("|---|---:|---|---|\n")
                .append(String.format("| with the demo dataset, median of %s | %d ms | | |%n", demo, median(demo)))
                .append(String.format("| on an empty database, demo off, median of %s | %d ms | | |%n", empty,
                        median(empty)))
                .append(String.format("| ratio | %.2f | ≤ 1.50 | %s |%n", ratio, verdict(ratio <= 1.5)))
                .append(String.format("| RSS after the demo load | %d MiB | < 512 MiB | %s |%n",
                        mib(result.get("rssAfterDemoBytes")),
                        verdict(((Number) result.get("rssAfterDemoBytes")).longValue() < 512L * 1024 * 1024)));
        System.out.println(markdown);
    }

    private void reads(long scale, Map<String, Wrk.Latency> reads, Map<String, Wrk.Latency> smaller) {
        Wrk.Latency health = reads.values().iterator().next();
        for (Map.Entry<String, Wrk.Latency> read : reads.entrySet()) {
            Wrk.Latency latency = read.getValue();
            boolean isHealth = latency == health;
            double toHealth = latency.p99() / health.p99();
            String target = isHealth ? "" : "≤ 3× health: " + verdict(toHealth <= 3);
            if (smaller != null && !isHealth) {
                double growth = latency.p99() / smaller.get(read.getKey()).p99();
                target += String.format("; %.2f× the p99 at %d, ≤ 1.5×: %s", growth, records,
                        verdict(growth <= 1.5));
            }
            markdown.append(String.format("| %s, %d records | %.2f | %.2f | %.0f | %.2f | %s |%n", read.getKey(),
                    scale, latency.p50(), latency.p99(), latency.requestsPerSecond(), toHealth, target));
        }
    }

    private void row(String what, double rate, String target, String verdict) {
        markdown.append(String.format("| %s | %.0f | %s | %s |%n", what, rate, target, verdict));
    }

    void write(Path folder) throws Exception {
        Files.createDirectories(folder);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(
                folder.resolve("results.json").toFile(), all);
        Files.writeString(folder.resolve("results.md"), markdown);
        System.out.println("Written to " + folder.resolve("results.json") + " and " + folder.resolve("results.md"));
    }

    private static double rate(Object pushes) {
        return ((Number) ((Map<?, ?>) pushes).get("recordsPerSecond")).doubleValue();
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long mib(Object bytes) {
        return ((Number) bytes).longValue() / (1024 * 1024);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
