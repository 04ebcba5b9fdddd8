package fr.dmpindicators.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The media type of every operation's answer, negotiated by the service rather than left to the REST layer, which
 * took {@code application/problem+json} (listed in each operation's {@code @Produces} for its problems) as a type to
 * label a success with, ignored {@code q=0}, and wrote an answer to {@code application/*} with its
 * {@code toString()}. The type is chosen before the operation runs ({@link Negotiation}): when the client accepts
 * none of those the operation answers in, a 406 problem, before anything is read or stored; otherwise the success is
 * written in it, by that type's writer.
 */
public class AnswerTypes {

    private static final String PROPERTY = AnswerTypes.class.getName();

    @ServerRequestFilter
    public void negotiate(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        List<MediaType> answered = Negotiation.answered(resource);
        if (answered.isEmpty()) {
            return; // a success without a body (a deletion): only problems have a type
        }
        MediaType type = Negotiation.choose(request.getAcceptableMediaTypes(), answered)
                .orElseThrow(NotAcceptableException::new);
        request.setProperty(PROPERTY, type);
    }

    @ServerResponseFilter
    public void label(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<MediaType> type = of(request);
        if (type.isPresent() && response.hasEntity() && response.getStatus() < 300) {
            response.setEntity(response.getEntity(), response.getEntityAnnotations(), type.get());
        }
    }

    /** The type negotiated for this request's answer, if its operation answers a body. */
    static Optional<MediaType> of(ContainerRequestContext request) {
        return Optional.ofNullable((MediaType) request.getProperty(PROPERTY));
    }
}
