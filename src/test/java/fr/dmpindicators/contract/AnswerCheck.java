package fr.dmpindicators.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one answer: against the contract with Atlassian's validator (the status is one the operation lists, the
 * content type one that status declares, the body its schema), and against the project's rules the contract cannot
 * state: never a 5xx; every error an {@code application/problem+json} with {@code type}, {@code title} and
 * {@code status}; every 401 with a {@code WWW-Authenticate} challenge; a request the contract refuses never answered
 * 2xx; and the expectation of the request's variation. Each broken rule is one failure, named by its class.
 */
final class AnswerCheck {

    /** One broken rule: what mismatched, by which operation and status, on which request, and the evidence. */
    record Failure(String rule, String operation, int status, String detail, String request, String answer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOCATED = Pattern.compile("\\[Path '([^']*)'\\] (.*)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private final OpenApiInteractionValidator validator;

    AnswerCheck(String contract) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(contract)
                // allOf (the pages) merged into one schema, so that undeclared properties are judged on the whole.
                .withResolveCombinators(true)
                // A request may carry properties the schema does not declare (OpenAPI's default); an answer may not.
                .withLevelResolver(LevelResolver.create().withLevel(
                        "validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE).build())
                .build();
    }

    List<Failure> check(FuzzRequest request, HttpResponse<byte[]> response) {
        List<Map.Entry<String, String>> broken = new ArrayList<>();
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        boolean success = status >= 200 && status < 300;

        if (status >= 500) {
            broken.add(Map.entry("5xx", ""));
        }
        ValidationReport answer = validator.validateResponse(request.operation.resolvablePath(),
                Request.Method.valueOf(request.operation.method()), response(response, contentType, body));
        answer.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> broken.add(contractRule(message.getMessage())));
        if (status >= 400) {
            problemRules(status, contentType, body).ifPresent(rule -> broken.add(Map.entry(rule, "")));
        }
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").isEmpty()) {
            broken.add(Map.entry("401 without a WWW-Authenticate challenge", ""));
        }
        if (success) {
            List<String> refusals = new ArrayList<>();
            validator.validateRequest(request(request)).getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> refusals.add(message.getKey()));
            // A batch that is not atomic answers 200 with its invalid items counted rejected (README, Batches).
            boolean itemsRejected = request.operation.id().endsWith("Batch") && rejected(body) > 0
                    && refusals.stream().allMatch(key -> key.startsWith("validation.request.body.schema"));
            if (!refusals.isEmpty() && !itemsRejected) {
                broken.add(Map.entry("2xx for a request the contract refuses (" + String.join(", ", refusals.stream()
                        .distinct().toList()) + ") — " + request.variation, request.detail));
            } else if (request.mustRefuse) {
                broken.add(Map.entry("2xx for a request that must be refused — " + request.variation,
                        request.detail));
            }
            if (request.mustRejectRows && rejected(body) == 0) {
                broken.add(Map.entry("2xx for a batch with bad items, none counted rejected — " + request.variation,
                        request.detail));
            }
        }
        if (request.expectedStatus != null && status != request.expectedStatus) {
            broken.add(Map.entry("expected " + request.expectedStatus + " — " + request.variation, request.detail));
        }
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, String> rule : broken) {
            failures.add(new Failure(rule.getKey(), request.operation.id(), status, rule.getValue(),
                    request.describe(), status + " " + contentType + " " + FuzzRequest.abbreviate(body, 500)));
        }
        return failures;
    }

    /** Why an error answer is not a problem document, if it is not. */
    private static Optional<String> problemRules(int status, String contentType, String body) {
        if (!contentType.startsWith("application/problem+json")) {
            return Optional.of("error not application/problem+json (Content-Type '" + contentType + "')");
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || !problem.path("status").isInt()) {
                return Optional.of("problem without type, title or status");
            }
            if (problem.path("status").intValue() != status) {
                return Optional.of("problem status " + problem.path("status").intValue() + " differs from HTTP's");
            }
            return Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.of("problem body is not JSON");
        }
    }

    private static int rejected(String body) {
        try {
            return JSON.readTree(body).path("rejected").asInt(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static SimpleResponse response(HttpResponse<byte[]> response, String contentType, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        if (!contentType.isEmpty()) {
            builder.withContentType(contentType);
        }
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                builder.withHeader(name, values);
            }
        });
        if (response.body().length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleRequest request(FuzzRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.operation.method(), request.path);
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.query.forEach(entry -> query.computeIfAbsent(entry.getKey(), name -> new ArrayList<>())
                .add(entry.getValue()));
        query.forEach(builder::withQueryParam);
        request.headers.forEach((name, value) -> builder.withHeader(name, value));
        if (request.body != null) {
            builder.withBody(request.body);
        }
        return builder.build();
    }

    /**
     * A schema message of the validator as a rule (the same for every field and value it is about) and the field and
     * value it was about, so that one cause found in many places of many answers is one failure class.
     */
    private static Map.Entry<String, String> contractRule(String message) {
        Matcher located = LOCATED.matcher(normalise(message));
        if (!located.matches()) {
            return Map.entry("contract: " + normalise(message), "");
        }
        Matcher value = QUOTED.matcher(located.group(2));
        return Map.entry("contract: answer body: " + located.group(2).replaceAll("\"[^\"]*\"", "\"…\""),
                located.group(1) + (value.find() ? " = " + value.group() : ""));
    }

    /** A validator message without the values that differ from one request to the next. */
    private static String normalise(String message) {
        String line = message.replaceAll("\\s+", " ").replaceAll("/\\d+", "/#")
                .replaceAll(" (for|on) path '[^']*'", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
