package fr.dmpindicators.problem;

/**
 * The kinds of problem the service answers with, each with a stable URI and an HTTP status (RFC 9457); their titles
 * are texts, in each language ({@link ProblemText#title}).
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", 400),
    VALIDATION("validation", 422),
    UNAUTHORIZED("unauthorized", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    CONFLICT("conflict", 409),
    URI_TOO_LONG("uri-too-long", 414),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    CORS_REFUSED("cors-refused", 403),
    TOO_MANY_REQUESTS("too-many-requests", 429),
    NOT_IMPLEMENTED("not-implemented", 501),
    INTERNAL("internal", 500);

    private final String slug;
    private final String uri;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.uri = "urn:dmp-indicators:problem:" + slug;
        this.status = status;
    }

    /** The last part of the URI, as metrics name the type. */
    public String slug() {
        return slug;
    }

    public String uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    /** The problem type that best describes an HTTP status the framework chose by itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
