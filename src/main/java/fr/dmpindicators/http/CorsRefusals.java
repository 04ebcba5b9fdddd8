package fr.dmpindicators.http;

import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.ProblemType;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin requests that Quarkus' CORS filter would refuse (an origin not in {@code quarkus.http.cors.origins},
 * or a method not in {@code quarkus.http.cors.methods}) are refused here first, as problems: the filter itself answers
 * 403 without a body. The decision follows the filter's own rules and reuses its public helpers; requests it lets
 * through are left to it, so that allowed origins and preflights get its headers.
 */
@ApplicationScoped
public class CorsRefusals {

    @Inject
    HttpProblems problems;

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> origins;

    @ConfigProperty(name = "quarkus.http.cors.methods")
    Optional<List<String>> methods;

    private List<Pattern> originPatterns;

    void install(@Observes Router router) {
        if (enabled) {
            originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
            router.route().order(HttpProblems.SCREENING_ORDER).handler(this::refuse);
        }
    }

    private void refuse(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        boolean anyOrigin = origins.isPresent() && origins.get().size() == 1
                && ("*".equals(origins.get().get(0)) || "/.*/".equals(origins.get().get(0)));
        boolean listed = !anyOrigin && origins.isPresent()
                && (origins.get().contains(origin) || CORSFilter.isOriginAllowedByRegex(originPatterns, origin));
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && (request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                        || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) != null);
        if (!anyOrigin && !listed && !isSameOrigin(request, origin)) {
            problems.send(context, ProblemType.CORS_REFUSED, new ProblemText("detail.origin-refused", origin), null);
        } else if ((anyOrigin || listed) && !preflight && !methodAllowed(request.method())) {
            problems.send(context, ProblemType.CORS_REFUSED,
                    new ProblemText("detail.cross-origin-method", request.method().name()), null);
        } else {
            context.next();
        }
    }

    private boolean methodAllowed(HttpMethod method) {
        return CORSFilter.isConfiguredWithWildcard(methods) || methods.get().contains(method.name());
    }

    /** An origin naming this service's own scheme, host and port, which a browser sends on its own writes. */
    static boolean isSameOrigin(HttpServerRequest request, String origin) {
        if (origin.equals(request.scheme() + "://" + request.host())) {
            return true;
        }
        try {
            URI self = URI.create(request.absoluteURI());
            URI other = URI.create(origin);
            return other.getRawPath().isEmpty() && self.getScheme().equalsIgnoreCase(other.getScheme())
                    && self.getHost() != null && self.getHost().equalsIgnoreCase(other.getHost())
                    && port(self) == port(other);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
