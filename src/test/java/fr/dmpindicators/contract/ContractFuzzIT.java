package fr.dmpindicators.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.contract.AnswerCheck.Failure;
import fr.dmpindicators.contract.FuzzRequest.Variation;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract-driven fuzz, against the packaged jar: for every operation of {@code openapi/openapi.yaml}, requests
 * generated from its parameters' and bodies' schemas (valid ones, and ones with one thing broken: a parameter, a
 * body field, the JSON or CSV itself, the token, the content type, the Accept), each answer judged by
 * {@link AnswerCheck}. Reproducible: the seed is printed, and {@code -Dfuzz.seed=} replays a run;
 * {@code -Dfuzz.requests=} sets how many requests (default 2 400), {@code -Dfuzz.max-seconds=} bounds the time.
 * The build fails with every distinct failure class listed, written to {@code target/contract-fuzz-report.txt}.
 */
@QuarkusIntegrationTest
@TestProfile(ContractFuzzProfile.class)
class ContractFuzzIT {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The suite's seed: the same 2 400 requests on every run, so that a build passes or fails for a change of the
     * code, not of the draw; {@code -Dfuzz.seed=random} explores new ones.
     */
    private static final long DEFAULT_SEED = 20_261_130L;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private long waiting;
    private int retried;

    private static long seed(String property) {
        return "random".equals(property) ? new SecureRandom().nextLong() : Long.parseLong(property);
    }

    @Test
    void shouldAnswerEveryGeneratedRequestAsTheContractSays() throws IOException {
        long seed = seed(System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED)));
        int planned = Integer.getInteger("fuzz.requests", 2400);
        long started = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.getLong("fuzz.max-seconds", 180)).toNanos();
        System.out.println("[contract fuzz] seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + planned
                + " requests");

        // The validator logs a line per CSV body it cannot judge: the report says what matters.
        java.util.logging.Logger.getLogger("com.atlassian.oai.validator").setLevel(java.util.logging.Level.WARNING);
        List<ContractOperation> operations = ContractOperation.read(CONTRACT);
        AnswerCheck check = new AnswerCheck(Files.readString(CONTRACT));
        Random random = new Random(seed);
        RequestGenerator generator = new RequestGenerator(random, LocalDate.now(ZoneId.of("Europe/Paris")),
                operations.stream().filter(operation -> "pushDmpCreationBatch".equals(operation.id())).findFirst()
                        .orElseThrow().bodies().get("application/json").getItems());
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        FailureReport report = new FailureReport();
        Map<String, int[]> outcomes = new LinkedHashMap<>();
        operations.forEach(operation -> outcomes.put(operation.id(), new int[4]));

        // Registers establishments and stores records and objectives first, so that later requests find them.
        List<FuzzRequest> plan = new ArrayList<>();
        for (ContractOperation operation : operations) {
            int warmUp = switch (operation.id()) {
                case "putEstablishment" -> 12;
                case "pushDmpCreation", "createObjective" -> 5;
                default -> 0;
            };
            for (int i = 0; i < warmUp; i++) {
                plan.add(generator.generate(operation, Variation.VALID));
            }
        }
        int sent = 0;
        for (FuzzRequest request : plan) {
            send(base, request, check, report, outcomes, generator);
            sent++;
        }
        List<ContractOperation> round = new ArrayList<>(operations);
        while (sent < planned && System.nanoTime() < deadline) {
            Collections.shuffle(round, random);
            for (ContractOperation operation : round) {
                if (sent >= planned) {
                    break;
                }
                send(base, generator.next(operation), check, report, outcomes, generator);
                sent++;
            }
        }

        StringBuilder summary = new StringBuilder("[contract fuzz] seed " + seed + ": " + sent + " requests in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s (waiting for answers "
                + Duration.ofNanos(waiting).toSeconds() + " s), " + retried + " resent after a dropped connection, "
                + report.size() + " failure classes\n  operation: requests 2xx 4xx 5xx\n");
        outcomes.forEach((id, counts) -> summary.append("  ").append(id).append(": ").append(counts[0]).append(' ')
                .append(counts[1]).append(' ').append(counts[2]).append(' ').append(counts[3]).append('\n'));
        System.out.println(summary);
        int fair = planned / operations.size() / 3;
        outcomes.forEach((id, counts) -> {
            if (counts[0] < fair) {
                report.add(new Failure("covered by fewer than " + fair + " requests", id, 0, "", "", ""));
            }
            if (counts[1] == 0) {
                report.add(new Failure("never answered 2xx: the fuzz reaches no success path", id, 0, "", "", ""));
            }
        });
        Path written = Path.of("target", "contract-fuzz-report.txt");
        Files.createDirectories(written.getParent());
        Files.writeString(written, summary + report.text());
        assertTrue(sent >= planned, "the time budget ran out after " + sent + " of " + planned + " requests");
        if (!report.isEmpty()) {
            fail(report.size() + " failure classes (seed " + seed + ", replay with -Dfuzz.seed=" + seed + "; also in "
                    + written + "):\n" + report.text());
        }
    }

    private void send(String base, FuzzRequest request, AnswerCheck check, FailureReport report,
            Map<String, int[]> outcomes, RequestGenerator generator) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.operation.method(), request.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body));
        request.headers.forEach(builder::header);
        int[] counts = outcomes.get(request.operation.id());
        counts[0]++;
        HttpResponse<byte[]> response;
        long start = System.nanoTime();
        try {
            try {
                response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException dropped) {
                // A kept-alive connection the server closed after its previous answer (a 413, a 414) is not this
                // request's failure: sent again once, on a new connection; a second failure is.
                retried++;
                response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                        .send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            report.add(new Failure("no answer: " + e.getClass().getSimpleName(), request.operation.id(), 0,
                    request.detail, request.describe(), String.valueOf(e.getMessage())));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            waiting += System.nanoTime() - start;
        }
        int status = response.statusCode();
        counts[status >= 500 ? 3 : status >= 400 ? 2 : status >= 200 && status < 300 ? 1 : 2]++;
        check.check(request, response).forEach(report::add);
        learnIds(request, response, generator);
    }

    /** Remembers the ids the service hands out, so that reads, revisions and deletions reach stored entities. */
    private static void learnIds(FuzzRequest request, HttpResponse<byte[]> response, RequestGenerator generator) {
        if (response.statusCode() / 100 != 2) {
            return;
        }
        List<Long> ids = switch (request.operation.id()) {
            case "pushDmpCreation" -> generator.recordIds;
            case "createObjective" -> generator.objectiveIds;
            case "submitImport" -> generator.importIds;
            default -> null;
        };
        if (ids == null) {
            return;
        }
        try {
            JsonNode id = JSON.readTree(response.body()).path("id");
            if (id.canConvertToLong() && !ids.contains(id.longValue())) {
                ids.add(id.longValue());
            }
        } catch (IOException e) {
            // The contract check reports an unreadable body.
        }
    }
}
