package fr.dmpindicators.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.dmpindicators.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each API path answers, read from the contract ({@code META-INF/openapi.yaml}, the file the resources
 * are generated from): a method a path does not answer is refused with 405 and an {@code Allow} header listing those
 * it does, and a plain {@code OPTIONS} (not a CORS preflight, which the CORS filter answers before this) gets that
 * {@code Allow} header.
 */
@ApplicationScoped
public class AllowedMethods {

    /** After Quarkus' CORS and security filters, before the resources (order 10 000). */
    private static final int ORDER = 1_000;

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Inject
    HttpProblems problems;

    /** Most literal templates first, as JAX-RS matches: {@code /dmp-creations/batch} before {@code /{id}}. */
    private final Map<Pattern, String> allowByPath = new LinkedHashMap<>();

    void install(@Observes Router router) {
        readContract();
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    private void readContract() {
        try (InputStream contract = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            if (contract == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
            }
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(contract).path("paths");
            List<Map.Entry<String, JsonNode>> byLiteralLength = new ArrayList<>();
            paths.fields().forEachRemaining(byLiteralLength::add);
            byLiteralLength.sort(Comparator.comparingInt(
                    (Map.Entry<String, JsonNode> path) -> path.getKey().replaceAll("\\{[^}]*}", "").length())
                    .reversed());
            for (Map.Entry<String, JsonNode> path : byLiteralLength) {
                Set<String> methods = new TreeSet<>();
                path.getValue().fieldNames().forEachRemaining(name -> {
                    if (OPERATIONS.contains(name)) {
                        methods.add(name.toUpperCase(Locale.ROOT));
                    }
                });
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                methods.add("OPTIONS");
                allowByPath.put(template(path.getKey()), String.join(", ", methods));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /api/v1/territories/{code}} matches one segment where the braces are, literally elsewhere. */
    private static Pattern template(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("\\{[^/}]+}", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(String.join("[^/]+", parts));
    }

    /** The {@code Allow} value of a path, or null when the contract has no such path. */
    String allow(String path) {
        for (Map.Entry<Pattern, String> entry : allowByPath.entrySet()) {
            if (entry.getKey().matcher(path).matches()) {
                return entry.getValue();
            }
        }
        return null;
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        String allow = allow(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        HttpMethod method = context.request().method();
        if (allow == null) {
            context.next();
        } else if (method == HttpMethod.OPTIONS) {
            context.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, allow).end();
        } else if (!List.of(allow.split(", ")).contains(method.name())) {
            context.response().putHeader(HttpHeaders.ALLOW, allow);
            problems.send(context, ProblemType.METHOD_NOT_ALLOWED, "This path answers " + allow + ", not "
                    + method.name() + ".", null);
        } else {
            context.next();
        }
    }
}
