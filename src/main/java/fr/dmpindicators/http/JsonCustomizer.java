package fr.dmpindicators.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import fr.dmpindicators.api.model.IndicatorValueDto;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Values are read as sent: an empty string is not an absent value, a number is not text (not even "NaN") and text is
 * not a number, a fraction is not a whole number, a date is exactly YYYY-MM-DD, a name appears once in an object, and
 * nothing may follow the JSON value. Absent values are left out of answers, except an indicator's {@code value}: a dashboard reads
 * {@code null} next to a {@code reason} rather than a missing field.
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
        // read as 12: a number must be a JSON number, and text must be a JSON string.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Jackson keeps the last of two members with the same name, so {"created":1,"created":2} would store 2
        // without a word: a name given twice in one object is refused (I-JSON, RFC 7493 section 2.3).
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDate()));
        // Jackson reads the texts "NaN" and "Infinity" as a decimal before it applies the rule against text above.
        mapper.registerModule(new SimpleModule("strict-decimals").addDeserializer(Double.class, new StrictDecimal()));
    }

    /** Runs after the customizers that register the JSON date and time module, so that strict dates win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Mix-in for the generated model: its value is written even when null. */
    abstract static class IndicatorValueAlwaysWritten {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Double getValue();
    }

    /** A decimal written as a JSON number, never as text: not even "NaN" or "Infinity", which Jackson reads first. */
    static final class StrictDecimal extends StdScalarDeserializer<Double> {

        StrictDecimal() {
            super(Double.class);
        }

        private static final NumberDeserializers.DoubleDeserializer JACKSON =
                new NumberDeserializers.DoubleDeserializer(Double.class, null);

        /**
         * Jackson's own reading, which refuses text by the rules above ("" as empty, "5" as text), except the texts it
         * reads first as NaN or an infinity: those are refused here as text too.
         */
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double read = JACKSON.deserialize(parser, context);
            return parser.hasToken(JsonToken.VALUE_STRING)
                    ? (Double) context.handleUnexpectedToken(Double.class, parser) : read;
        }
    }

    /**
     * A date exactly as YYYY-MM-DD: the date module trims every character up to U+0020 around it, so
     * {@code "2018-06-04\u0000"} would be read as a date, and it accepts signed and five-digit years.
     */
    static final class StrictDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // not a day of the calendar: refused below
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "must be a date as YYYY-MM-DD");
        }
    }
}
