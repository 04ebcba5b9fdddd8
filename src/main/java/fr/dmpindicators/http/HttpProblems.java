package fr.dmpindicators.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.problem.ClientGone;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.problem.Problems;
import fr.dmpindicators.request.RequestId;
import io.quarkus.security.AuthenticationException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Problem responses for what happens before a request reaches a resource: a request target that is not UTF-8 or not
 * a URI, a request line, headers or body over the limits, a body whose end cannot be found, a failure of the HTTP
 * layer itself, and a path nothing answers.
 *
 * <p>The HTTP codec (Netty) refuses a request line or headers beyond {@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size} before any route, with an empty 414 or 431 that Quarkus offers no hook to replace. Those
 * ceilings are set four times above the service's own limits ({@code dmp.limits.*}), which are checked here first,
 * so that a request over the limit gets a problem response unless it is far beyond it. The codec also answers an empty
 * 400 and closes the connection when it cannot trust a request's framing (two or a non-numeric Content-Length, a
 * Content-Length beside Transfer-Encoding: chunked, chunked named but not last, Transfer-Encoding in HTTP/1.0, a
 * malformed chunk, a space in a header name): no route ever sees such a request, and none could tell where it ends.
 * A Transfer-Encoding that does not name chunked at all does reach the routes, read as if it had no body.
 */
@ApplicationScoped
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    /** Before Quarkus' CORS and security filters (orders -300 and below), after its response-header route. */
    static final int SCREENING_ORDER = Integer.MIN_VALUE + 2;

    /** After Quarkus' own upload limit (order -2), which answers a chunked body over its ceiling without a body. */
    private static final int CHUNKED_BODY_ORDER = -1;

    /** Right after the chunked body is read, before any other route. */
    private static final int EMPTY_BODY_ORDER = CHUNKED_BODY_ORDER + 1;

    /** Headers a request sends once, or not at all: each names one thing. */
    private static final List<CharSequence> SINGLE_HEADERS = List.of("Host", "Authorization");

    /** The one content coding of a request body the service reads: none. */
    private static final String IDENTITY = "identity";

    @Inject
    ObjectMapper json;

    @Inject
    DmpConfig config;

    @Inject
    ServiceMetrics metrics;

    void install(@Observes Router router) {
        router.route().order(SCREENING_ORDER).handler(this::screen);
        router.route().order(CHUNKED_BODY_ORDER).handler(this::readChunkedBody);
        router.route().order(EMPTY_BODY_ORDER).handler(this::keepEmptyBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().order(Integer.MAX_VALUE).handler(this::notFound);
        router.errorHandler(ProblemType.MALFORMED_REQUEST.status(), this::unroutable);
    }

    /**
     * Refuses a request whose body has no end it can find (a transfer coding other than chunked last: 400, and the
     * connection closed, RFC 9112 section 6.1) or comes in a transfer coding it does not implement (501), whose target,
     * headers or announced body are over the limits, before anything reads it.
     */
    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        int maxUrl = config.limits().maxUrlLength();
        long maxHeaders = config.limits().maxHeaderSize().asLongValue();
        long maxBody = isFileUpload(request) ? config.imports().maxFileSize().asLongValue()
                : config.limits().maxBodySize().asLongValue();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        String coding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        Optional<ProblemText> notAUri = notAUri(request.uri());
        Optional<RawTarget.MalformedByte> notUtf8 = notAUri.isPresent() || RawTarget.hasRawBytes(request.uri())
                ? Optional.empty() : RawTarget.firstMalformedEncodedByte(request.uri());
        Optional<CharSequence> repeated = repeatedSingleHeader(request);
        int semicolon = semicolonInQuery(request.uri());
        TransferCodings transfer = TransferCodings.of(request.headers().getAll(HttpHeaders.TRANSFER_ENCODING));
        if (!transfer.framed()) {
            closeWithAnswer(request, true);
            send(context, ProblemType.MALFORMED_REQUEST, new ProblemText("detail.transfer-unframed", transfer), null);
        } else if (transfer.beyondChunked()) {
            send(context, ProblemType.NOT_IMPLEMENTED, new ProblemText("detail.transfer-coding", transfer), null);
        } else if (repeated.isPresent()) {
            send(context, ProblemType.MALFORMED_REQUEST, new ProblemText("detail.header-repeated", repeated.get(),
                    request.headers().getAll(repeated.get()).size()), null);
        } else if (RawTarget.hasRawBytes(request.uri())) {
            readAsUtf8(context);
        } else if (notAUri.isPresent()) {
            send(context, ProblemType.MALFORMED_REQUEST, notAUri.get(), null);
        } else if (semicolon >= 0) {
            send(context, ProblemType.MALFORMED_REQUEST, new ProblemText("detail.query-semicolon", semicolon + 1),
                    null);
        } else if (notUtf8.isPresent()) {
            send(context, ProblemType.MALFORMED_REQUEST, new ProblemText("detail.target-not-utf8",
                    String.format("%02X", notUtf8.get().value()), notUtf8.get().character() + 1), null);
        } else if (request.uri().length() > maxUrl) {
            send(context, ProblemType.URI_TOO_LONG, new ProblemText("detail.uri-too-long", maxUrl), (long) maxUrl);
        } else if (headerSize(request) > maxHeaders) {
            send(context, ProblemType.HEADERS_TOO_LARGE, new ProblemText("detail.headers-too-large", maxHeaders),
                    maxHeaders);
        } else if (length != null && isOver(length, maxBody)) {
            refuseBody(context, maxBody, false);
        } else if (!areMediaTypes(request.getHeader(HttpHeaders.ACCEPT))) {
            send(context, ProblemType.NOT_ACCEPTABLE, new ProblemText("detail.accept-unreadable"), null);
        } else if (!isOneMediaType(request.headers().getAll(HttpHeaders.CONTENT_TYPE))) {
            send(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, new ProblemText("detail.content-type-unreadable"),
                    null);
        } else if (mayHaveBody(request) && !isIdentity(coding)) {
            context.response().putHeader(HttpHeaders.ACCEPT_ENCODING, IDENTITY);
            send(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, new ProblemText("detail.content-encoding", coding),
                    null);
        } else {
            context.next();
        }
    }

    /**
     * Routes a target sent with raw bytes beyond ASCII again, percent-encoded, so that every route and resource reads it
     * as UTF-8 (as the target's percent-encoded form); refuses one whose bytes are not UTF-8, naming the first.
     */
    private void readAsUtf8(RoutingContext context) {
        String target = context.request().uri();
        int malformed = RawTarget.firstMalformedByte(target);
        if (malformed < 0) {
            context.reroute(context.request().method(), RawTarget.percentEncoded(target));
        } else {
            send(context, ProblemType.MALFORMED_REQUEST, new ProblemText("detail.target-not-utf8",
                    String.format("%02X", (int) target.charAt(malformed)), malformed + 1), null);
        }
    }

    /**
     * Reads a body sent without a length (chunked) up to the body limit, so that one over it is refused here as a
     * problem; a body within it is handed to the resource as read.
     */
    private void readChunkedBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (mayHaveBody(request) && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && !request.isEnded()
                && !isFileUpload(request)) {
            BodyHandler.create(false).setBodyLimit(config.limits().maxBodySize().asLongValue())
                    .setHandleFileUploads(false).handle(context);
        } else {
            context.next();
        }
    }

    /**
     * Hands on a chunked body that ended without a byte as an empty body: the body handler leaves none at all, and the
     * REST layer, finding none, would wait for the request to send one until the idle timeout.
     */
    private void keepEmptyBody(RoutingContext context) {
        if (context.body().available() && context.body().buffer() == null) {
            ((RoutingContextInternal) context).setBody(Buffer.buffer());
        }
        context.next();
    }

    private static boolean mayHaveBody(HttpServerRequest request) {
        return request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD
                && request.method() != HttpMethod.OPTIONS;
    }

    /**
     * Whether a body comes as sent, without a content coding: the service decompresses nothing, so a body announced as
     * gzip would otherwise be read as if it were plain text (RFC 9110 section 8.4: answer 415 with Accept-Encoding).
     */
    private static boolean isIdentity(String contentEncoding) {
        return contentEncoding == null || contentEncoding.isBlank()
                || IDENTITY.equalsIgnoreCase(contentEncoding.trim());
    }

    /**
     * Whether the request uploads a whole file (an import), which is streamed to disk and counted there against its
     * own limit ({@code dmp.imports.max-file-size}) rather than held in memory under the body limit.
     */
    private static boolean isFileUpload(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && DmpConfig.Imports.PATH.equals(request.path());
    }

    /**
     * A failure of the HTTP layer (body handler, routing): the status it chose, as a problem. A client that closed the
     * connection in the middle of its body is not answered: there is no one to answer.
     */
    private void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationException || failure instanceof SecurityException) {
            context.next();
            return;
        }
        if (ClientGone.caused(failure)) {
            LOG.debug(ClientGone.logLine(context.request().method().name(), context.request().path()));
            return;
        }
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        ProblemType type = ProblemType.forStatus(status);
        switch (type) {
            case PAYLOAD_TOO_LARGE -> refuseBody(context, config.limits().maxBodySize().asLongValue(), true);
            case INTERNAL -> {
                LOG.error("Request failed", failure);
                send(context, type, new ProblemText("detail.internal"), null);
            }
            default -> send(context, type, new ProblemText("detail.sentence", new ProblemText("title." + type.slug())),
                    null);
        }
    }

    /**
     * A request the router refused while matching its routes, before any handler ran: a target whose percent-encoding
     * does not decode. Vert.x would answer a bare 400.
     */
    private void unroutable(RoutingContext context) {
        send(context, ProblemType.MALFORMED_REQUEST, notAUri(context.request().uri())
                .orElse(new ProblemText("detail.sentence", new ProblemText("title.malformed-request"))), null);
    }

    /**
     * Why a request target is not a URI, as {@code java.net.URI} reads it: the check Quarkus' root handler makes
     * before any route unless {@code Main} moves it here, where the refusal can be a problem naming the character.
     */
    private static Optional<ProblemText> notAUri(String target) {
        int fragment = target.indexOf('#');
        if (fragment >= 0) {
            // A request target has no fragment (RFC 9112 section 3.2): what follows a # would be cut off unread.
            return Optional.of(new ProblemText("detail.not-a-uri", "#", String.valueOf(fragment + 1)));
        }
        try {
            new URI(target);
            return Optional.empty();
        } catch (URISyntaxException e) {
            int at = Math.max(e.getIndex(), 0);
            String character = at < target.length() ? String.valueOf(target.charAt(at)) : "";
            return Optional.of(new ProblemText("detail.not-a-uri", character, String.valueOf(at + 1)));
        }
    }

    private void notFound(RoutingContext context) {
        send(context, ProblemType.NOT_FOUND, new ProblemText("detail.nothing-at", context.normalizedPath()), null);
    }

    /**
     * Refuses the body and ends the connection after the answer. A body announced too large is not read at all; one
     * streamed without a length is cut off as Quarkus does, since its end may never come.
     */
    private void refuseBody(RoutingContext context, long limit, boolean streamed) {
        context.request().pause();
        closeWithAnswer(context.request(), streamed);
        send(context, ProblemType.PAYLOAD_TOO_LARGE, new ProblemText("detail.body-too-large", limit), limit);
    }

    /**
     * Tells the client that the connection ends with the answer to this request and, when the rest of a refused body
     * may still be coming (it has no announced end), closes the connection once the answer is written.
     */
    static void closeWithAnswer(HttpServerRequest request, boolean bodyStillComing) {
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        if (bodyStillComing) {
            request.response().endHandler(ended -> request.connection().close());
        }
    }

    /** The size of the header block as the HTTP codec counts it: each name, separator and value. */
    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    /**
     * Whether a header is absent or reads as media types, as the REST layer will read it; that layer fails with a 500
     * on one it cannot read.
     */
    private static boolean areMediaTypes(String header) {
        if (header == null) {
            return true;
        }
        try {
            for (String type : header.split(",")) {
                if (!type.isBlank()) {
                    MediaType.valueOf(type.trim());
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Where the query holds a raw {@code ;} (0-based), or -1: the REST layer splits parameters on it as on {@code &},
     * so that a value ending in one loses it without a word; in a value it is written {@code %3B}.
     */
    private static int semicolonInQuery(String target) {
        int query = target.indexOf('?');
        return query < 0 ? -1 : target.indexOf(';', query);
    }

    /**
     * Whether a Content-Type names one media type, or is absent: unlike Accept it is no list (RFC 9110 section 8.3), so
     * neither a comma nor the header sent twice makes one; the REST layer reads it whole and would fail on it.
     */
    private static boolean isOneMediaType(List<String> headers) {
        if (headers.isEmpty()) {
            return true;
        }
        try {
            return headers.size() == 1 && !headers.get(0).contains(",")
                    && MediaType.valueOf(headers.get(0).trim()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The first header the request sends more than once that names one thing: its host (RFC 9112 section 3.2) or its
     * credentials (RFC 9110 section 11.6.2); the REST layer and the token check would read the first line alone.
     */
    private static Optional<CharSequence> repeatedSingleHeader(HttpServerRequest request) {
        return SINGLE_HEADERS.stream().filter(name -> request.headers().getAll(name).size() > 1).findFirst();
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Answers the request with a problem of this type, its words in the language the request asks for, unless an
     * answer has already begun.
     */
    void send(RoutingContext context, ProblemType type, ProblemText text, Long limit) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        metrics.problem(type.slug());
        try {
            Locale locale = locale(context);
            String body = json.writeValueAsString(Problems.problem(type, text.in(locale), path(context), List.of(),
                    limit, locale));
            // Added beside the Vary: Origin of a CORS answer, not in its place.
            context.response().headers().add(HttpHeaders.VARY, Language.ACCEPT_LANGUAGE);
            context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(Language.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .putHeader(RequestId.HEADER, requestId(context))
                    .end(body);
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(500).end();
        }
    }

    private static Locale locale(RoutingContext context) {
        return Language.of(context.request().getHeader(Language.ACCEPT_LANGUAGE));
    }

    /** The caller's request id, or a new one, echoed as the resources' answers do (no request scope here). */
    private static String requestId(RoutingContext context) {
        RequestId id = new RequestId();
        id.adopt(context.request().getHeader(RequestId.HEADER));
        return id.value();
    }

    /** The request's path, or none when it is too long to repeat or does not decode. */
    private String path(RoutingContext context) {
        try {
            String path = context.normalizedPath();
            return path != null && path.length() <= config.limits().maxUrlLength() ? path : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
