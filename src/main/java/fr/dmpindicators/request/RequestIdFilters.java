package fr.dmpindicators.request;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Takes the request id from the caller's header, echoes it in every answer, and puts it in the logging MDC so that
 * every log line written while the request is handled carries it.
 */
public class RequestIdFilters {

    /** The MDC key, and so the field of the JSON log lines. */
    public static final String MDC_KEY = "requestId";

    @Inject
    RequestId requestId;

    @ServerRequestFilter
    public void adopt(ContainerRequestContext request) {
        requestId.adopt(request.getHeaderString(RequestId.HEADER));
        // Quarkus keeps the MDC in the request's own Vert.x duplicated context, on the event loop and on the worker
        // thread alike, so the value neither needs removing nor leaks into another request.
        MDC.put(MDC_KEY, requestId.value());
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
