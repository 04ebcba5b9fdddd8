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
 * Problem responses for what happens before a request reaches a resource: a path nothing answers, and a body over
 * the size limit, which the HTTP layer refuses on its own.
 */
@ApplicationScoped
public class HttpProblems {

    @Inject
    ObjectMapper json;

    @Inject
    io.quarkus.vertx.http.runtime.VertxHttpConfig httpConfig;

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void notFound(RoutingContext context) {
        write(context, ProblemType.NOT_FOUND, "Nothing exists at " + context.normalizedPath() + ".", null);
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status()) {
            long limit = httpConfig.limits().maxBodySize().map(size -> size.asLongValue()).orElse(0L);
            write(context, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds the limit of " + limit + " bytes.", limit);
        } else {
            context.next();
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
