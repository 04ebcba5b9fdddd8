package fr.dmpindicators.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of {@code openapi/openapi.yaml} as the fuzz generates requests for it: its method and path
 * template, its parameters, the schemas of the bodies it reads by media type, and whether it needs a bearer token.
 */
record ContractOperation(String id, String method, String path, List<Parameter> parameters,
        Map<String, Schema<?>> bodies, boolean needsToken) {

    boolean hasBody() {
        return !bodies.isEmpty();
    }

    boolean readsCsv() {
        return bodies.containsKey("text/csv");
    }

    /** Whether the body is a whole file (an import), read after the answer rather than before it. */
    boolean uploadsFile() {
        return hasBody() && bodies.values().stream().allMatch(schema -> "binary".equals(schema.getFormat()));
    }

    List<Parameter> parameters(String in) {
        return parameters.stream().filter(parameter -> in.equals(parameter.getIn())).toList();
    }

    /** The path the validator resolves this operation by: every path parameter filled with 1, which each accepts. */
    String resolvablePath() {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    /** Every operation of the contract, with references resolved, in the contract's order. */
    static List<ContractOperation> read(Path contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(contract.toUri().toString(), null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("The contract cannot be read: " + result.getMessages());
        }
        List<ContractOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(of(api, path, item, method, operation))));
        return operations;
    }

    private static ContractOperation of(OpenAPI api, String path, PathItem item, PathItem.HttpMethod method,
            Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        Map<String, Schema<?>> bodies = new LinkedHashMap<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (Map.Entry<String, MediaType> entry : operation.getRequestBody().getContent().entrySet()) {
                bodies.put(entry.getKey(), entry.getValue().getSchema());
            }
        }
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity()
                : api.getSecurity();
        // A write lists bearerAuth alone; reads list the empty requirement (open) beside it.
        boolean needsToken = security != null && !security.isEmpty()
                && security.stream().noneMatch(SecurityRequirement::isEmpty);
        return new ContractOperation(operation.getOperationId(), method.name(), path, List.copyOf(parameters), bodies,
                needsToken);
    }
}
