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
        String message;
        if (e instanceof InvalidFormatException invalid && "".equals(invalid.getValue())) {
            message = "must not be empty; leave it out for the default";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof ValueInstantiationException invalid && invalid.getType().isEnumType()) {
            message = "must be one of " + Arrays.toString(invalid.getType().getRawClass().getEnumConstants());
        } else if (e instanceof InvalidFormatException invalid) {
            message = "has a value of the wrong type (\"" + invalid.getValue() + "\" is not a valid "
                    + typeName(invalid.getTargetType()) + ")";
        } else {
            message = "has a value of the wrong type";
        }
        return new FieldError(index, field, message);
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type)) {
            return "whole number";
        }
        if (type == LocalDate.class) {
            return "ISO date (YYYY-MM-DD)";
        }
        return type.getSimpleName().toLowerCase();
    }
}
