package fr.dmpindicators.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.dmpindicators.http.ContractOperations.Operation;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The operations read from the resources' generated interfaces are those {@code openapi/openapi.yaml} writes, no
 * more and no fewer: what {@code AllowedMethods} answers in {@code Allow} is the contract's, and no tag of the contract
 * is left without a resource.
 */
class ContractOperationsTest {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void shouldReadEveryOperationOfTheWrittenContractFromTheResources() throws IOException {
        List<Class<?>> resources = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.dmpindicators").stream()
                .filter(javaClass -> !javaClass.isInterface() && javaClass.isAnnotatedWith(Path.class))
                .<Class<?>>map(JavaClass::reflect).toList();

        Set<Operation> read = new HashSet<>(ContractOperations.of(resources));

        assertEquals(written(), read);
    }

    private static Set<Operation> written() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(java.nio.file.Path.of("openapi/openapi.yaml")
                .toFile()).path("paths");
        Set<Operation> operations = new HashSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(name -> {
            if (VERBS.contains(name)) {
                operations.add(new Operation(name.toUpperCase(Locale.ROOT), path.getKey()));
            }
        }));
        assertTrue(operations.size() > 25, "the contract should hold every operation, found " + operations.size());
        return operations;
    }
}
