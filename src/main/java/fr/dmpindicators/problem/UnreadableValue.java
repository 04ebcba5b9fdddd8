package fr.dmpindicators.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Describes a value that JSON or CSV reading could not bind, in the API's words rather than Java's. */
public final class UnreadableValue {

    /** How Jackson's parser begins the message of a repeated member name (it has no exception type of its own). */
    private static final String JACKSON_DUPLICATE = "Duplicate field '";

    private UnreadableValue() {
    }

    /** The field a value could not be read into, with the index of its item in a list, and why. */
    public static FieldError fieldError(JsonMappingException e) {
        Integer index = null;
        String field = "body";
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field = reference.getFieldName();
            } else if (reference.getIndex() >= 0) {
                index = reference.getIndex();
            }
        }
        return new FieldError(index, field, why(e));
    }

    /**
     * The field a JSON body could not be read into, when the failure names one: a name given twice in one object, or a
     * value that could not be bound. Empty when the text is not well-formed JSON.
     */
    public static Optional<FieldError> fieldError(JsonProcessingException e) {
        return repeatedName(e).or(() -> e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? Optional.of(fieldError(mapping)) : Optional.empty());
    }

    /**
     * A member name given twice in one object, which the parser refuses (its strict duplicate detection) before any
     * value is bound, and which the reading of a list wraps: the name, with the index of its item in the list.
     */
    private static Optional<FieldError> repeatedName(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException e && e.getProcessor() instanceof JsonParser parser
                    && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(JACKSON_DUPLICATE)) {
                JsonStreamContext object = parser.getParsingContext();
                JsonStreamContext list = object.getParent();
                Integer index = list != null && list.inArray() ? list.getCurrentIndex() : null;
                return Optional.of(new FieldError(index, object.getCurrentName(),
                        new ProblemText("rule.repeated-name")));
            }
        }
        return Optional.empty();
    }

    private static ProblemText why(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && "".equals(invalid.getValue())) {
            return new ProblemText("rule.empty-value");
        } else if (e instanceof UnrecognizedPropertyException) {
            return new ProblemText("rule.unknown-field");
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            return new ProblemText("rule.one-of", Arrays.toString(invalid.getTargetType().getEnumConstants()));
        } else if (e instanceof ValueInstantiationException invalid && invalid.getType().isEnumType()) {
            return new ProblemText("rule.one-of", Arrays.toString(invalid.getType().getRawClass().getEnumConstants()));
        } else if (e instanceof InvalidFormatException invalid) {
            return new ProblemText("rule.wrong-type-of", invalid.getValue(), typeName(invalid.getTargetType()));
        }
        return new ProblemText("rule.wrong-type");
    }

    private static Object typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type)) {
            return new ProblemText("rule.type.whole-number");
        }
        if (type == LocalDate.class) {
            return new ProblemText("rule.type.date");
        }
        return type.getSimpleName().toLowerCase();
    }
}
