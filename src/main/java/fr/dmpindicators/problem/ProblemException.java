package fr.dmpindicators.problem;

import java.util.List;

/** A refusal the service decided on; {@link ProblemMapper} turns it into a problem response. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long limit;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Long limit) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.limit = limit;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, List.of(), null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? describe(errors.get(0)) + "; nothing was stored."
                : errors.size() + " errors; nothing was stored.";
        return new ProblemException(ProblemType.VALIDATION, detail, errors, null);
    }

    public static ProblemException forbidden(List<FieldError> errors) {
        String detail = errors.size() == 1 ? describe(errors.get(0)) + "; nothing was stored."
                : errors.size() + " items are outside what this token may write; nothing was stored.";
        return new ProblemException(ProblemType.FORBIDDEN, detail, errors, null);
    }

    public static ProblemException malformed(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, errors, null);
    }

    public static ProblemException tooLarge(String detail, long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, detail, List.of(), limit);
    }

    public static String describe(FieldError error) {
        String where = error.index() == null ? "" : "Item " + error.index() + ": ";
        return where + error.field() + " " + error.message();
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long limit() {
        return limit;
    }
}
