package fr.dmpindicators.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.metrics.ServiceMetrics;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become problem responses: refusals of the service, bean-validation violations,
 * unreadable bodies, the framework's own HTTP errors, and anything unexpected (500, logged, no internals shown).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    ServiceMetrics metrics;

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = locale(headers);
        return respond(e.type(), e.detailIn(locale), uri, e.errors(), e.limit(), locale);
    }

    /** Hibernate Validator has written each message in the request's language already (quarkus.locales). */
    @ServerExceptionMapper
    public Response violated(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = locale(headers);
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        boolean inBody = e.getConstraintViolations().stream().allMatch(ProblemMapper::isInBody);
        if (inBody) {
            return respond(ProblemType.VALIDATION, ProblemException.nothingStored(errors).in(locale), uri, errors,
                    null, locale);
        }
        return respond(ProblemType.MALFORMED_REQUEST,
                new ProblemText("detail.sentence", ProblemException.summary(errors)).in(locale), uri, errors, null,
                locale);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = UnreadableValue.fieldError(e).stream().toList();
        ProblemText detail = errors.isEmpty() ? new ProblemText("detail.not-well-formed", format(e), line(e))
                : new ProblemText("detail.unreadable", ProblemException.describing(errors.get(0)));
        Locale locale = locale(headers);
        return respond(ProblemType.MALFORMED_REQUEST, detail.in(locale), uri, errors, null, locale);
    }

    /** Takes precedence over the framework's own mapper for this subtype, which answers without a body. */
    @ServerExceptionMapper
    public Response unreadableValue(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadable(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri, headers);
        }
        Locale locale = locale(headers);
        int status = e.getResponse().getStatus();
        if (status == ProblemType.NOT_FOUND.status() && e.getCause() != null) {
            return respond(ProblemType.MALFORMED_REQUEST, new ProblemText("detail.wrong-type").in(locale), uri,
                    List.of(), null, locale);
        }
        ProblemType type = ProblemType.forStatus(status);
        ProblemText text = switch (type) {
            case NOT_FOUND -> new ProblemText("detail.nothing-at", uri.getPath());
            case METHOD_NOT_ALLOWED -> new ProblemText("detail.method-not-allowed");
            case UNSUPPORTED_MEDIA_TYPE -> new ProblemText("detail.unsupported-media-type",
                    headers.getMediaType() == null ? new ProblemText("detail.no-content-type")
                            : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype());
            case NOT_ACCEPTABLE -> new ProblemText("detail.not-acceptable", headers.getAcceptableMediaTypes());
            case INTERNAL -> {
                LOG.error("Request failed", e);
                yield new ProblemText("detail.internal");
            }
            default -> null;
        };
        return respond(type, text == null ? e.getMessage() : text.in(locale), uri, List.of(), null, locale);
    }

    /**
     * Anything unexpected is a 500, logged with its stack; except the connection closing under a body being read, a
     * client gone away: one line at DEBUG, and an answer that goes nowhere (the connection is closed).
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers, Request request) {
        if (ClientGone.caused(e)) {
            LOG.debug(ClientGone.logLine(request.getMethod(), uri.getPath()));
            return Response.status(ProblemType.MALFORMED_REQUEST.status()).build();
        }
        LOG.error("Request failed", e);
        Locale locale = locale(headers);
        return respond(ProblemType.INTERNAL, new ProblemText("detail.internal").in(locale), uri, List.of(), null,
                locale);
    }

    private Response respond(ProblemType type, String detail, UriInfo uri, List<FieldError> errors, Long limit,
            Locale locale) {
        metrics.problem(type.slug());
        return Problems.response(Problems.problem(type, detail, uri.getPath(), errors, limit, locale));
    }

    private static Locale locale(HttpHeaders headers) {
        return Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE));
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        String field = null;
        Integer index = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                field = node.getName();
            }
            if (node.getIndex() != null) {
                index = node.getIndex();
            }
        }
        return new FieldError(index, field, violation.getMessage());
    }

    private static boolean isInBody(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return true;
            }
        }
        return false;
    }

    private static String format(JsonProcessingException e) {
        return e instanceof CsvReadException ? "CSV" : "JSON";
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}
