package fr.dmpindicators.problem;

import fr.dmpindicators.api.model.FieldErrorDto;
import fr.dmpindicators.language.Language;
import java.util.Locale;

/**
 * One offending field of a request, with the index of its item when the request is a batch. Its message is a
 * {@link ProblemText}, written in the request's language only when the answer is: the rules that refuse a field do
 * not know the request's headers.
 */
public record FieldError(Integer index, String field, ProblemText text) {

    /** A message already written, such as Hibernate Validator's (which follows the request's language itself). */
    public FieldError(Integer index, String field, String message) {
        this(index, field, ProblemText.written(message));
    }

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public static FieldError of(String field, ProblemText text) {
        return new FieldError(null, field, text);
    }

    /** A refusal by a rule of the service, {@code rule.<key>} of the problem texts. */
    public static FieldError rule(String field, String key, Object... arguments) {
        return new FieldError(null, field, new ProblemText("rule." + key, arguments));
    }

    public FieldError at(int itemIndex) {
        return new FieldError(itemIndex, field, text);
    }

    /** The message in English, the language of logs and of answers that asked for none. */
    public String message() {
        return text.in(Language.DEFAULT);
    }

    public FieldErrorDto toDto(Locale locale) {
        return new FieldErrorDto().index(index).field(field).message(text.in(locale));
    }
}
