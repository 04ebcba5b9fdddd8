package fr.dmpindicators.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
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

/**
 * Judges one answer: against the contract with Atlassian's validator (the status is one the operation lists, the
 * content type one that status declares, the body its schema), and against the project's rules the contract cannot
 * state: never a 5xx; every error an {@code application/problem+json} with {@code type}, {@code title} and
 * {@code status}; every 401 with a {@code WWW-Authenticate} challenge; a request the contract refuses never answered
 * 2xx; and the expectation of the request's variation. Each broken rule is one failure, named by its class.
 */
final class AnswerCheck {

    /** One broken rule: its class (operation, status, what mismatched), and the evidence. */
    record Failure(String failureClass, String request, String answer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;

    AnswerCheck(String contract) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(contract).build();
    }

    List<Failure> check(FuzzRequest request, HttpResponse<byte[]> response) {
        List<String> broken = new ArrayList<>();
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        boolean success = status >= 200 && status < 300;

        if (status >= 500) {
            broken.add("5xx");
        }
        ValidationReport answer = validator.validateResponse(request.operation.resolvablePath(),
                Request.Method.valueOf(request.operation.method()), response(response, contentType, body));
        answer.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> broken.add("contract: " + normalise(message.getMessage())));
        if (status >= 400) {
            problemRules(status, contentType, body).ifPresent(broken::add);
        }
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").isEmpty()) {
            broken.add("401 without a WWW-Authenticate challenge");
        }
        if (success) {
            List<String> refusals = new ArrayList<>();
            validator.validateRequest(request(request)).getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> refusals.add(message.getKey()));
            if (!refusals.isEmpty()) {
                broken.add("2xx for a request the contract refuses (" + String.join(", ", refusals.stream()
                        .distinct().toList()) + ") — " + request.variation + ": " + request.detail);
            } else if (request.mustRefuse) {
                broken.add("2xx for a request that must be refused — " + request.variation + ": " + request.detail);
            }
            if (request.mustRejectRows && rejected(body) == 0) {
                broken.add("2xx storing a batch with bad items, none counted rejected — " + request.variation + ": "
                        + request.detail);
            }
        }
        if (request.expectedStatus != null && status != request.expectedStatus) {
            broken.add("expected " + request.expectedStatus + " — " + request.variation + ": " + request.detail);
        }
        List<Failure> failures = new ArrayList<>();
        for (String rule : broken) {
            failures.add(new Failure(request.operation.id() + " → " + status + " | " + rule, request.describe(),
                    status + " " + contentType + " " + FuzzRequest.abbreviate(body, 500)));
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

    /** A validator message without the values that differ from one request to the next. */
    private static String normalise(String message) {
        String line = message.replaceAll("\\s+", " ").replaceAll("/\\d+", "/#");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
