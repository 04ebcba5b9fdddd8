package fr.dmpindicators.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The contract, {@code openapi/openapi.yaml}, served at {@code /q/openapi} as written: the file's own bytes, or the
 * same document as JSON when asked for ({@code ?format=json}, {@code /q/openapi.json}, or an {@code Accept} that
 * names JSON and not YAML), for Swagger UI, generated clients and contract testers. Each form is made on its first
 * request and kept. SmallRye OpenAPI serves it no more: it rebuilt its model of the whole document at every start
 * (docs/decisions.md §23).
 */
@ApplicationScoped
public class ContractDocument {

    /** Where the build puts the contract on the class path. */
    private static final String RESOURCE = "contract/openapi.yaml";

    /** Before SmallRye OpenAPI's own route for the same paths, which is left with an empty document. */
    private static final int ORDER = 1;

    private static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final String YAML = "application/yaml";

    @Inject
    AllowedMethods methods;

    @Inject
    ObjectMapper json;

    private Form yamlForm;
    private Form jsonForm;

    /** One form of the document: its media type, its bytes and their tag. */
    private record Form(String type, byte[] body, String tag) {

        static Form of(String type, byte[] body) {
            return new Form(type, body, EntityTags.tag(MediaType.valueOf(type), "", body));
        }
    }

    void install(@Observes Router router) {
        router.routeWithRegex("/q/openapi(\\.json|\\.yaml|\\.yml)?/?").order(ORDER).blockingHandler(this::serve);
    }

    private void serve(RoutingContext context) {
        if (methods.answered(context, ALLOW)) {
            return;
        }
        HttpServerRequest request = context.request();
        Form form = asJson(request) ? jsonForm() : yamlForm();
        HttpServerResponse response = context.response().putHeader("ETag", form.tag())
                .putHeader("Cache-Control", "no-cache").putHeader("Vary", "Accept");
        if (IfNoneMatch.matches(request.getHeader(EntityTags.IF_NONE_MATCH), form.tag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader("Content-Type", form.type() + ";charset=UTF-8")
                    .putHeader("Content-Length", Integer.toString(form.body().length));
            response.end(request.method() == HttpMethod.HEAD ? Buffer.buffer() : Buffer.buffer(form.body()));
        }
    }

    /** JSON by the format parameter or the path's extension, else by the Accept header; YAML otherwise. */
    private static boolean asJson(HttpServerRequest request) {
        String format = request.getParam("format");
        String path = request.path();
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        if (path.contains(".")) {
            return path.contains(".json");
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        String accepted = accept.toLowerCase(Locale.ROOT);
        return accepted.contains("json") && !accepted.contains("yaml");
    }

    private synchronized Form yamlForm() {
        if (yamlForm == null) {
            try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The build puts the contract at " + RESOURCE);
                }
                yamlForm = Form.of(YAML, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return yamlForm;
    }

    private synchronized Form jsonForm() {
        if (jsonForm == null) {
            try {
                jsonForm = Form.of(MediaType.APPLICATION_JSON, json.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new YAMLMapper().readTree(yamlForm().body())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jsonForm;
    }
}
