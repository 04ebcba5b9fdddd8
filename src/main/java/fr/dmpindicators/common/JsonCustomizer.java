package fr.dmpindicators.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import fr.dmpindicators.api.model.IndicatorValueDto;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Values are read as sent: an empty string is not an absent value, a number is not text. Absent values are left out
 * of answers, except an indicator's {@code value}: a dashboard reads {@code null} next to a {@code reason} rather
 * than a missing field.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(IndicatorValueDto.class, IndicatorValueAlwaysWritten.class);
        // Jackson reads "" as null for a date, a number or a boolean, so "effectiveDate": "" would silently take
        // the default: an empty value is refused instead (400 naming the field).
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // Jackson trims the text of a number (String.trim: every character up to U+0020), so "12\u0000" would be
        // read as 12: a number must be a JSON number.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }

    /** Mix-in for the generated model: its value is written even when null. */
    abstract static class IndicatorValueAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Double getValue();
    }
}
