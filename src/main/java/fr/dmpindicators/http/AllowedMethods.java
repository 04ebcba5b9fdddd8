package fr.dmpindicators.http;

import fr.dmpindicators.http.ContractOperations.Operation;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each API path answers, as the contract declares them ({@link ContractOperations}, over the interfaces
 * the resources implement): a method a path does not answer is refused with 405 and an {@code Allow} header listing
 * those it does, and a plain {@code OPTIONS} (not a CORS preflight, which the CORS filter answers before this) gets
 * that {@code Allow} header; on the dashboard page's files, GET and HEAD; on a path nothing answers, a 404 problem.
 */
@ApplicationScoped
public class AllowedMethods {

    /** After Quarkus' CORS and security filters, before the resources (order 10 000). */
    private static final int ORDER = 1_000;

    @Inject
    HttpProblems problems;

    @Inject
    BeanManager beans;

    /** Most literal templates first, as JAX-RS matches: {@code /dmp-creations/batch} before {@code /{id}}. */
    private final Map<Pattern, String> allowByPath = new LinkedHashMap<>();

    /** The methods a file of the dashboard page answers. */
    static final String PAGE_ALLOW = "GET, HEAD, OPTIONS";

    /** Where the dashboard page's files are, on the class path (Quarkus serves them from there). */
    private static final String PAGE_FILES = "META-INF/resources";

    void install(@Observes Router router) {
        readContract();
        router.route("/api/*").order(ORDER).handler(this::check);
        router.route().order(ORDER).handler(this::checkPage);
    }

    /** The operations of every resource (a bean whose class has {@code @Path}), by path template. */
    private void readContract() {
        List<Class<?>> resources = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(Bean::getBeanClass).filter(type -> type.isAnnotationPresent(Path.class)).toList();
        Map<String, Set<String>> methodsByPath = new TreeMap<>();
        for (Operation operation : ContractOperations.of(resources)) {
            methodsByPath.computeIfAbsent(operation.path(), path -> new TreeSet<>()).add(operation.method());
        }
        List<String> byLiteralLength = new ArrayList<>(methodsByPath.keySet());
        byLiteralLength.sort(Comparator.comparingInt((String path) -> path.replaceAll("\\{[^}]*}", "").length())
                .reversed());
        for (String path : byLiteralLength) {
            Set<String> methods = methodsByPath.get(path);
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            allowByPath.put(template(path), String.join(", ", methods));
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
        if (allow == null && context.request().method() == HttpMethod.OPTIONS) {
            nothingAt(context);
        } else if (allow == null || !answered(context, allow)) {
            context.next();
        }
    }

    /**
     * Outside the API and {@code /q/}: the page's files answer GET and HEAD (a plain {@code OPTIONS} says so, another
     * method is a 405), and a plain {@code OPTIONS} elsewhere finds nothing (404), rather than the REST layer's 200
     * whose Allow names every method of the API.
     */
    private void checkPage(RoutingContext context) {
        String path = context.normalizedPath();
        HttpMethod method = context.request().method();
        boolean options = method == HttpMethod.OPTIONS;
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || path.startsWith("/api/") || path.equals("/api")
                || path.startsWith("/q/") || path.equals("/q")) {
            context.next();
        } else if (isPageFile(path)) {
            if (!answered(context, PAGE_ALLOW)) {
                context.next();
            }
        } else if (options) {
            nothingAt(context);
        } else {
            context.next();
        }
    }

    private void nothingAt(RoutingContext context) {
        problems.send(context, ProblemType.NOT_FOUND, new ProblemText("detail.nothing-at", context.normalizedPath()),
                null);
    }

    /** The page itself ({@code /}) or one of its files; a folder is none. */
    private static boolean isPageFile(String path) {
        if (path.equals("/")) {
            return true;
        }
        return !path.endsWith("/") && !path.contains("..")
                && Thread.currentThread().getContextClassLoader().getResource(PAGE_FILES + path) != null;
    }

    /**
     * Answers a plain {@code OPTIONS} with the {@code Allow} header, and a method outside it with 405; whether it
     * answered, so that a method the path answers goes on to its handler.
     */
    boolean answered(RoutingContext context, String allow) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS) {
            context.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, allow).end();
            return true;
        }
        if (!List.of(allow.split(", ")).contains(method.name())) {
            context.response().putHeader(HttpHeaders.ALLOW, allow);
            problems.send(context, ProblemType.METHOD_NOT_ALLOWED,
                    new ProblemText("detail.path-answers", allow, method.name()), null);
            return true;
        }
        return false;
    }
}
