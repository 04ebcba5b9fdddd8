package fr.dmpindicators.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values drawn from a schema of the contract: ones it accepts (its enum, its bounds, its format, its length) and ones
 * it refuses or that sit at its edges (wrong type, one past a bound, overlong, control characters, far dates).
 */
final class SchemaValues {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final LocalDate FIRST_DAY = LocalDate.of(2004, 8, 13);

    private final Random random;
    private final LocalDate today;

    SchemaValues(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A day the domain accepts: mostly the pilot's period, sometimes anywhere from the DMP law to today. */
    LocalDate day() {
        if (chance(0.7)) {
            return LocalDate.of(2016, 12, 16).plusDays(random.nextInt(537));
        }
        return FIRST_DAY.plusDays(random.nextInt((int) (today.toEpochDay() - FIRST_DAY.toEpochDay()) + 1));
    }

    /** A value the schema accepts, as text (a parameter). */
    String valid(Schema<?> schema) {
        return text(validNode(schema));
    }

    /** A value the schema accepts, as JSON (a body field). */
    JsonNode validNode(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.textNode(String.valueOf(pick(schema.getEnum())));
        }
        String type = type(schema);
        switch (type) {
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            case "integer": {
                long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : 0;
                long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : min + 1000;
                if (schema.getExclusiveMinimum() != null && schema.getExclusiveMinimum()) {
                    min++;
                }
                long span = Math.min(max - min, 100_000);
                return JSON.numberNode(chance(0.2) ? (chance(0.5) ? min : max) : min + (long) (random.nextDouble() * span));
            }
            case "number": {
                double min = schema.getMinimum() != null ? schema.getMinimum().doubleValue() : 0;
                double max = schema.getMaximum() != null ? Math.min(schema.getMaximum().doubleValue(), 1e6) : 1000;
                double value = min + random.nextDouble() * (max - min);
                return JSON.numberNode(value == min ? min + 0.5 : value);
            }
            case "array": {
                var array = JSON.arrayNode();
                int items = 1 + random.nextInt(3);
                for (int i = 0; i < items; i++) {
                    array.add(validNode(schema.getItems()));
                }
                return array;
            }
            case "object": {
                ObjectNode object = JSON.objectNode();
                List<String> required = schema.getRequired() != null ? schema.getRequired() : List.of();
                properties(schema).forEach((name, property) -> {
                    if (required.contains(name) || chance(0.6)) {
                        object.set(name, validNode(property));
                    }
                });
                return object;
            }
            default:
                if ("date".equals(schema.getFormat())) {
                    return JSON.textNode(day().toString());
                }
                int max = schema.getMaxLength() != null ? schema.getMaxLength() : 20;
                int min = schema.getMinLength() != null ? schema.getMinLength() : 1;
                return JSON.textNode(letters(min + random.nextInt(Math.max(1, Math.min(max, 12) - min + 1))));
        }
    }

    /** A value for a parameter of this schema that breaks it or stands at its edge, with what it is. */
    Map.Entry<String, String> invalid(Schema<?> schema) {
        String type = type(schema);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String known = String.valueOf(pick(schema.getEnum()));
            return pick(List.of(Map.entry("lower-case enum value", known.toLowerCase()),
                    Map.entry("unknown enum value", known + "_X"),
                    Map.entry("enum value with spaces", " " + known + " "),
                    Map.entry("empty", ""),
                    Map.entry("number instead of enum", "1"),
                    Map.entry("control characters", known + "\u0000\n")));
        }
        switch (type) {
            case "integer": {
                long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : Long.MIN_VALUE;
                long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : Long.MAX_VALUE;
                return pick(List.of(Map.entry("text instead of integer", "abc"),
                        Map.entry("fraction", "1.5"),
                        Map.entry("negative", "-1"),
                        Map.entry("below minimum", min == Long.MIN_VALUE ? "-9223372036854775809" : String.valueOf(min - 1)),
                        Map.entry("above maximum", max == Long.MAX_VALUE ? "9223372036854775808" : String.valueOf(max + 1)),
                        Map.entry("beyond 64 bits", "99999999999999999999999"),
                        Map.entry("empty", ""),
                        Map.entry("hexadecimal", "0x10"),
                        Map.entry("exponent", "1e3"),
                        Map.entry("padded with spaces", " 1 ")));
            }
            case "boolean":
                return pick(List.of(Map.entry("word instead of boolean", "yes"),
                        Map.entry("digit instead of boolean", "1"),
                        Map.entry("empty", ""),
                        Map.entry("control characters", "true\u0000")));
            default:
                if ("date".equals(schema.getFormat())) {
                    return pick(List.of(Map.entry("impossible day", "2018-02-30"),
                            Map.entry("short year", "18-06-05"),
                            Map.entry("year zero", "0000-01-01"),
                            Map.entry("far future", "9999-12-31"),
                            Map.entry("five-digit year", "+10000-01-01"),
                            Map.entry("before the DMP law", "1900-01-01"),
                            Map.entry("date-time instead of date", "2018-06-05T00:00:00Z"),
                            Map.entry("word", "yesterday"),
                            Map.entry("empty", ""),
                            Map.entry("negative year", "-2018-01-01")));
                }
                int max = schema.getMaxLength() != null ? schema.getMaxLength() : 100;
                return pick(List.of(Map.entry("one character over maxLength", letters(max + 1)),
                        Map.entry("far over maxLength (5000)", "A".repeat(5000)),
                        Map.entry("control characters", "\u0000\u0007\r\n".substring(0, Math.min(4, max))),
                        Map.entry("empty", ""),
                        Map.entry("blank", " "),
                        Map.entry("non-ASCII", "é\u00e0😀".substring(0, Math.min(3, max))),
                        Map.entry("SQL quote", "'--".substring(0, Math.min(3, max))),
                        Map.entry("percent and wildcard", "%_*".substring(0, Math.min(3, max))),
                        Map.entry("path traversal", "../".substring(0, Math.min(3, max))),
                        Map.entry("lone surrogate", "\ud800")));
        }
    }

    /** A JSON value of the wrong type for this schema, or one past its bounds, with what it is. */
    Map.Entry<String, JsonNode> invalidNode(Schema<?> schema) {
        String type = type(schema);
        switch (type) {
            case "integer":
                return pick(List.of(Map.entry("text instead of integer", JSON.textNode("many")),
                        Map.entry("number as text", JSON.textNode("12")),
                        Map.entry("fraction for an integer", JSON.numberNode(new BigDecimal("1.9"))),
                        Map.entry("negative", JSON.numberNode(-1)),
                        Map.entry("above maximum", JSON.numberNode(schema.getMaximum() != null
                                ? schema.getMaximum().add(BigDecimal.ONE) : new BigDecimal("9223372036854775808"))),
                        Map.entry("beyond 64 bits", JSON.numberNode(new BigDecimal("1e40"))),
                        Map.entry("boolean instead of integer", JSON.booleanNode(true)),
                        Map.entry("object instead of integer", JSON.objectNode().put("value", 1))));
            case "number":
                return pick(List.of(Map.entry("text instead of number", JSON.textNode("lots")),
                        Map.entry("zero where it must be positive", JSON.numberNode(0)),
                        Map.entry("negative", JSON.numberNode(-0.5)),
                        Map.entry("above maximum", JSON.numberNode(new BigDecimal("1e12"))),
                        Map.entry("beyond double", JSON.numberNode(new BigDecimal("1e400"))),
                        Map.entry("array instead of number", JSON.arrayNode().add(1))));
            case "boolean":
                return Map.entry("text instead of boolean", JSON.textNode("yes"));
            case "array":
                return Map.entry("object instead of array", JSON.objectNode());
            case "object":
                return Map.entry("text instead of object", JSON.textNode("x"));
            default:
                if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                    return pick(List.of(Map.entry("unknown enum value", JSON.textNode("NOT_A_CODE")),
                            Map.entry("lower-case enum value",
                                    JSON.textNode(String.valueOf(pick(schema.getEnum())).toLowerCase()))));
                }
                if ("date".equals(schema.getFormat())) {
                    return pick(List.of(Map.entry("impossible day", JSON.textNode("2018-02-30")),
                            Map.entry("far future", JSON.textNode("9999-12-31")),
                            Map.entry("five-digit year", JSON.textNode("+10000-01-01")),
                            Map.entry("before the DMP law", JSON.textNode("2004-08-12")),
                            Map.entry("number instead of date", JSON.numberNode(20180605)),
                            Map.entry("French date", JSON.textNode("05/06/2018"))));
                }
                int max = schema.getMaxLength() != null ? schema.getMaxLength() : 200;
                return pick(List.of(Map.entry("one character over maxLength", JSON.textNode(letters(max + 1))),
                        Map.entry("100 000 characters", JSON.textNode("A".repeat(100_000))),
                        Map.entry("number instead of text", JSON.numberNode(94)),
                        Map.entry("array instead of text", JSON.arrayNode().add("94")),
                        Map.entry("empty text", JSON.textNode(""))));
        }
    }

    static Map<String, Schema> properties(Schema<?> schema) {
        return schema.getProperties() != null ? schema.getProperties() : Map.of();
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString();
    }

    static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
