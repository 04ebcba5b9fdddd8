package fr.dmpindicators.problem;

/**
 * The kinds of problem the service answers with, each with a stable URI, a title and an HTTP status (RFC 9457).
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    VALIDATION("validation", "Invalid input", 422),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    CONFLICT("conflict", "Conflict", 409),
    URI_TOO_LONG("uri-too-long", "URI too long", 414),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    CORS_REFUSED("cors-refused", "Cross-origin request refused", 403),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500);

    private final String slug;
    private final String uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.uri = "urn:dmp-indicators:problem:" + slug;
        this.title = title;
        this.status = status;
    }

    /** The last part of the URI, as metrics name the type. */
    public String slug() {
        return slug;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
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
