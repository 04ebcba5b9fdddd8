package fr.dmpindicators.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.Arrays;

/** Describes a value that JSON or CSV reading could not bind, in the API's words rather than Java's. */
public final class UnreadableValue {

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
