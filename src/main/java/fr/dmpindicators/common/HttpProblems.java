package fr.dmpindicators.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Problem responses for what happens before a request reaches a resource: a body over the size limit, and a path
 * nothing answers.
 */
@ApplicationScoped
public class HttpProblems {

    @Inject
    ObjectMapper json;

    @Inject
    DmpConfig config;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    }

    /**
     * Refuses a body whose announced length is over the limit before it is read. Bodies sent without a length are
     * held to {@code quarkus.http.limits.max-body-size} by the HTTP layer itself.
     */
    private void refuseOversizedBody(RoutingContext context) {
        long limit = config.limits().maxBodySize().asLongValue();
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length, limit)) {
            context.request().pause();
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds the limit of " + limit + " bytes.", limit);
        } else {
            context.next();
        }
    }

    private void notFound(RoutingContext context) {
        write(context, ProblemType.NOT_FOUND, "Nothing exists at " + context.normalizedPath() + ".", null);
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void write(RoutingContext context, ProblemType type, String detail, Long limit) {
        if (context.response().ended()) {
            return;
        }
        try {
            String body = json.writeValueAsString(
                    Problems.problem(type, detail, context.normalizedPath(), List.of(), limit));
            context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
