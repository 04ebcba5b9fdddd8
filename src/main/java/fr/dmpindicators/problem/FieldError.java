package fr.dmpindicators.problem;

import fr.dmpindicators.api.model.FieldErrorDto;

/** One offending field of a request, with the index of its item when the request is a batch. */
public record FieldError(Integer index, String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public FieldError at(int itemIndex) {
        return new FieldError(itemIndex, field, message);
    }

    public FieldErrorDto toDto() {
        return new FieldErrorDto().index(index).field(field).message(message);
    }
}
