package fr.dmpindicators.problem;

import fr.dmpindicators.language.Language;
import java.util.List;
import java.util.Locale;

/**
 * A refusal the service decided on; {@link ProblemMapper} turns it into a problem response. Its detail is words to
 * write in the request's language ({@link ProblemText}): no refusal can be worded in one language only.
 */
public class ProblemException extends RuntimeException {

    private final ProblemText text;
    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long limit;

    public ProblemException(ProblemType type, ProblemText text, List<FieldError> errors, Long limit) {
        super(text.in(Language.DEFAULT));
        this.text = text;
        this.type = type;
        this.errors = List.copyOf(errors);
        this.limit = limit;
    }

    public static ProblemException notFound(ProblemText detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, List.of(), null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, nothingStored(errors), errors, null);
    }

    /** "One error described, or how many; nothing was stored." */
    public static ProblemText nothingStored(List<FieldError> errors) {
        return new ProblemText("detail.nothing-stored", summary(errors));
    }

    /** The one error described, or how many there are. */
    public static ProblemText summary(List<FieldError> errors) {
        return errors.size() == 1 ? describing(errors.get(0)) : new ProblemText("detail.errors", errors.size());
    }

    public static ProblemException forbidden(List<FieldError> errors) {
        ProblemText refused = errors.size() == 1 ? describing(errors.get(0))
                : new ProblemText("detail.outside-token", errors.size());
        return new ProblemException(ProblemType.FORBIDDEN, new ProblemText("detail.nothing-stored", refused), errors,
                null);
    }

    public static ProblemException malformed(ProblemText detail, List<FieldError> errors) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, errors, null);
    }

    public static ProblemException tooLarge(ProblemText detail, long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, detail, List.of(), limit);
    }

    /** "Item 3: created must be…", or the field and its message alone outside a batch. */
    public static ProblemText describing(FieldError error) {
        return error.index() == null ? new ProblemText("detail.field", error.field(), error.text())
                : new ProblemText("detail.item", error.index(), error.field(), error.text());
    }

    /** The detail in a language. */
    public String detailIn(Locale locale) {
        return text.in(locale);
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
