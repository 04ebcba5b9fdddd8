package fr.dmpindicators.security;

import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
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
            return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, refusal.description(), uri, headers))
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\""
                            + refusal.description() + "\"").build();
        }
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED,
                "This operation needs a bearer token (signature, issuer, audience and expiry are checked).", uri,
                headers))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, "The token's roles do not allow this operation.", uri, headers);
    }

    /** The title in the request's language; these details are not translated yet. */
    private Response respond(ProblemType type, String detail, UriInfo uri, HttpHeaders headers) {
        metrics.problem(type.slug());
        return Problems.response(Problems.problem(type, detail, uri.getPath(), List.of(), null,
                Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE))));
    }
}
