package fr.dmpindicators.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the request id from the caller's header and echoes it in every answer. */
public class RequestIdFilters {

    @Inject
    RequestId requestId;

    @ServerRequestFilter
    public void adopt(ContainerRequestContext request) {
        requestId.adopt(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
