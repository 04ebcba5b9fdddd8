package fr.dmpindicators.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import fr.dmpindicators.api.model.IndicatorValueDto;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Empty strings in a body are not read as absent values; absent values are left out of answers, except an
 * indicator's {@code value}: a dashboard reads {@code null} next
 * to a {@code reason} rather than a missing field.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(IndicatorValueDto.class, IndicatorValueAlwaysWritten.class);
        // Jackson reads "" as null for a date, a number or a boolean, so "effectiveDate": "" would silently take
        // the default: an empty value is refused instead (400 naming the field).
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /** Mix-in for the generated model: its value is written even when null. */
    abstract static class IndicatorValueAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Double getValue();
    }
}
