package fr.dmpindicators.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import fr.dmpindicators.metrics.ServiceMetrics;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    public Response refused(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.errors(), e.limit());
    }

    @ServerExceptionMapper
    public Response violated(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMapper::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        boolean inBody = e.getConstraintViolations().stream().allMatch(ProblemMapper::isInBody);
        if (inBody) {
            return respond(ProblemType.VALIDATION, summary(errors) + "; nothing was stored.", uri, errors, null);
        }
        return respond(ProblemType.MALFORMED_REQUEST, summary(errors) + ".", uri, errors, null);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors.add(UnreadableValue.fieldError(mapping));
        }
        String detail = errors.isEmpty()
                ? "The body is not well-formed " + format(e) + " (line " + line(e) + ")."
                : "The body cannot be read: " + ProblemException.describe(errors.get(0)) + ".";
        return respond(ProblemType.MALFORMED_REQUEST, detail, uri, errors, null);
    }

    /** Takes precedence over the framework's own mapper for this subtype, which answers without a body. */
    @ServerExceptionMapper
    public Response unreadableValue(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == ProblemType.NOT_FOUND.status() && e.getCause() != null) {
            return respond(ProblemType.MALFORMED_REQUEST, "A path or query parameter has a value of the wrong type"
                    + " (a number, a date as YYYY-MM-DD or a code was expected).", uri, List.of(), null);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing exists at " + uri.getPath() + ".";
            case METHOD_NOT_ALLOWED -> "This path does not answer this method.";
            case UNSUPPORTED_MEDIA_TYPE -> "This operation does not read "
                    + (headers.getMediaType() == null ? "a body without a content type"
                            : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype()) + ".";
            case NOT_ACCEPTABLE -> "This operation cannot answer in " + headers.getAcceptableMediaTypes() + ".";
            case INTERNAL -> {
                LOG.error("Request failed", e);
                yield "The request could not be completed; it has been logged.";
            }
            default -> e.getMessage();
        };
        return respond(type, detail, uri, List.of(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Request failed", e);
        return respond(ProblemType.INTERNAL, "The request could not be completed; it has been logged.", uri,
                List.of(), null);
    }

    private Response respond(ProblemType type, String detail, UriInfo uri, List<FieldError> errors, Long limit) {
        metrics.problem(type.slug());
        return Problems.response(Problems.problem(type, detail, uri.getPath(), errors, limit));
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

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? ProblemException.describe(errors.get(0)) : errors.size() + " errors";
    }
}
