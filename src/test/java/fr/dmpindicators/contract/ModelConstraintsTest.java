package fr.dmpindicators.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated models carry bean-validation constraints exactly where a request body reaches them (pom.xml generates
 * the others without, so that Hibernate Validator does not build metadata at startup for models only answered):
 * computed here from the contract, so that a new request body's model cannot be left unchecked, nor an answer's
 * model become annotated again unnoticed.
 */
class ModelConstraintsTest {

    private static final String MODELS = "fr.dmpindicators.api.model.";

    @Test
    void onlyTheModelsARequestBodyReachesCarryConstraints() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        JsonNode schemas = contract.at("/components/schemas");
        Set<String> reached = new TreeSet<>();
        for (JsonNode path : contract.get("paths")) {
            for (JsonNode operation : path) {
                JsonNode body = operation.path("requestBody");
                if (body.has("$ref")) {
                    body = contract.at(body.get("$ref").asText().substring(1));
                }
                collect(body, schemas, reached);
            }
        }
        Set<String> constrained = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Class<?> model = Class.forName(MODELS + name + "Dto");
            if (isConstrained(model)) {
                constrained.add(name);
            }
            if (reached.contains(name) && declaresConstraints(schemas.get(name))) {
                expected.add(name);
            }
        }
        assertEquals(expected, constrained);
    }

    /** The schemas a node refers to, and those they refer to in turn. */
    private static void collect(JsonNode node, JsonNode schemas, Set<String> reached) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/components/schemas/")) {
            String name = node.get("$ref").asText().substring("#/components/schemas/".length());
            if (reached.add(name)) {
                collect(schemas.get(name), schemas, reached);
            }
        }
        node.forEach(child -> collect(child, schemas, reached));
    }

    /** Whether an object schema states something bean validation checks: a required property or a bound. */
    private static boolean declaresConstraints(JsonNode schema) {
        if (!schema.has("properties")) {
            return false;
        }
        if (schema.has("required") && !schema.get("required").isEmpty()) {
            return true;
        }
        for (JsonNode property : schema.get("properties")) {
            for (String bound : new String[] {"minimum", "maximum", "minLength", "maxLength", "pattern", "minItems",
                "maxItems", "$ref", "items"}) {
                if (property.has(bound)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConstrained(Class<?> model) {
        return Stream.concat(Stream.of(model.getDeclaredFields()), Stream.of(model.getDeclaredMethods()))
                .map(AnnotatedElement.class::cast)
                .flatMap(element -> Stream.of(element.getAnnotations()))
                .map(Annotation::annotationType)
                .anyMatch(type -> type.getPackageName().startsWith("jakarta.validation"));
    }
}
