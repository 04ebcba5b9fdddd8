package fr.dmpindicators.security;

import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.problem.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the caller's token (401, with the reason in the challenge) or of its roles (403), as problems. */
public class TokenProblems {

    @Inject
    ServiceMetrics metrics;

    /**
     * No token (RFC 6750 §3.1: a bare challenge), or a token refused, with the reason in the challenge's
     * {@code error_description} and in the problem's detail.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof AuthenticationFailedException) {
            TokenRefusal refusal = TokenRefusal.of(e);
            return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, refusal.text(), uri, headers))
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\""
                            + refusal.description() + "\"").build();
        }
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED,
                new ProblemText("token.missing"), uri, headers))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, new ProblemText("token.forbidden"), uri, headers);
    }

    /** Title and detail in the request's language. */
    private Response respond(ProblemType type, ProblemText detail, UriInfo uri, HttpHeaders headers) {
        metrics.problem(type.slug());
        Locale locale = Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE));
        return Problems.response(Problems.problem(type, detail.in(locale), uri.getPath(), List.of(), null, locale));
    }
}
