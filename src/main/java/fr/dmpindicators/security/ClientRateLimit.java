package fr.dmpindicators.security;

import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.problem.Problems;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps one client from starving the others (OWASP API4): over its allowance of reads or writes for the period
 * ({@code dmp.rate-limit.*}), a client is answered 429 with {@code Retry-After}. A client is the subject of a token
 * whose signature, issuer, audience and expiry were verified; a request without a valid token counts against its
 * remote address, so that made-up tokens cannot buy fresh allowances. Only the API is limited: health, metrics and
 * the contract under {@code /q} are not resources.
 */
public class ClientRateLimit {

    /** Looked up per request: filters are created before the runtime configuration is read. */
    @Inject
    Provider<DmpConfig> config;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ClientAllowances allowances;

    @Inject
    ServiceMetrics metrics;

    /** Before the other filters, so that a refused request costs as little as possible. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 1)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.get().rateLimit().enabled()) {
            return Uni.createFrom().nullItem();
        }
        boolean write = !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())
                && !HttpMethod.OPTIONS.equals(request.getMethod());
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> client(identity, http))
                .map(client -> allowances.take(client, write)
                        .map(wait -> tooMany(wait, write, request.getUriInfo().getPath(),
                                Language.of(request.getHeaderString(Language.ACCEPT_LANGUAGE))))
                        .orElse(null));
    }

    private static String client(SecurityIdentity identity, HttpServerRequest http) {
        if (identity != null && !identity.isAnonymous()) {
            String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                    ? token.getSubject() : identity.getPrincipal().getName();
            return "subject " + subject;
        }
        return "address " + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
    }

    private Response tooMany(Duration wait, boolean write, String path, Locale locale) {
        metrics.problem(ProblemType.TOO_MANY_REQUESTS.slug());
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        long allowance = allowances.allowance(write);
        ProblemText detail = new ProblemText(write ? "detail.too-many-writes" : "detail.too-many-reads", allowance,
                describe(config.get().rateLimit().period()), seconds);
        return Response.fromResponse(Problems.response(Problems.problem(ProblemType.TOO_MANY_REQUESTS,
                detail.in(locale), path,
                List.of(), allowance, locale))).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static String describe(Duration period) {
        if (period.toMillis() % 60_000 == 0) {
            return period.toMinutes() + " min";
        }
        return period.toMillis() % 1000 == 0 ? period.toSeconds() + " s" : period.toMillis() + " ms";
    }
}
