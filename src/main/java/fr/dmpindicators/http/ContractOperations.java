package fr.dmpindicators.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract's operations as the JAX-RS interfaces generated from {@code openapi.yaml} declare them (the resources
 * implement those interfaces; their own methods carry no annotations): each operation's HTTP method and path
 * template, and its query and path parameters with their Java types and bounds. Both the methods each path answers
 * ({@link AllowedMethods}) and the parameters each request is screened against ({@link ParameterScreening}) are read
 * here, one way, from the code the contract generates, so neither can drift from {@code openapi.yaml}.
 */
public final class ContractOperations {

    /** Where a parameter is taken from. */
    public enum Location {
        QUERY, PATH
    }

    /** One declared parameter and the constraints the contract gives it. */
    public record Declared(String name, Location location, Class<?> type, boolean required, Long min, Long max,
            Integer maxLength) {
    }

    /** One operation: its HTTP method (GET, POST…) and its path template ({@code /api/v1/territories/{code}}). */
    public record Operation(String method, String path) {
    }

    private static final Map<Method, List<Declared>> CACHE = new ConcurrentHashMap<>();

    private ContractOperations() {
    }

    /** The operations the generated interfaces of these resource classes declare. */
    public static List<Operation> of(Collection<Class<?>> resourceClasses) {
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resourceClass : resourceClasses) {
            for (Class<?> contract : contractsOf(resourceClass)) {
                for (Method method : contract.getMethods()) {
                    Path path = method.getAnnotation(Path.class);
                    httpMethodOf(method).filter(verb -> path != null)
                            .ifPresent(verb -> operations.add(new Operation(verb, path.value())));
                }
            }
        }
        return List.copyOf(operations);
    }

    /** The parameters of the operation a resource method implements, in the order the contract lists them. */
    public static List<Declared> parameters(Class<?> resourceClass, Method resourceMethod) {
        return CACHE.computeIfAbsent(resourceMethod, method -> read(declaringMethod(resourceClass, method)));
    }

    /** The interfaces a resource class and its superclasses implement. */
    private static List<Class<?>> contractsOf(Class<?> resourceClass) {
        List<Class<?>> contracts = new ArrayList<>();
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            contracts.addAll(Arrays.asList(type.getInterfaces()));
        }
        return contracts;
    }

    /** The HTTP method a method's annotations name ({@code @GET} is annotated {@code @HttpMethod("GET")}). */
    private static Optional<String> httpMethodOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(verb -> verb != null).map(HttpMethod::value).findFirst();
    }

    /** The method that carries the JAX-RS annotations: the generated interface's, or the method itself. */
    private static Method declaringMethod(Class<?> resourceClass, Method method) {
        for (Class<?> contract : contractsOf(resourceClass)) {
            try {
                return contract.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException notThisOne) {
                // the next interface may declare it
            }
        }
        return method;
    }

    private static List<Declared> read(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (query == null && path == null) {
                continue;
            }
            declared.add(new Declared(query != null ? query.value() : path.value(),
                    query != null ? Location.QUERY : Location.PATH, parameter.getType(),
                    parameter.isAnnotationPresent(NotNull.class),
                    value(parameter, Min.class), value(parameter, Max.class),
                    parameter.isAnnotationPresent(Size.class) ? parameter.getAnnotation(Size.class).max() : null));
        }
        return List.copyOf(declared);
    }

    private static Long value(Parameter parameter, Class<? extends Annotation> bound) {
        Annotation annotation = parameter.getAnnotation(bound);
        if (annotation instanceof Min min) {
            return min.value();
        }
        if (annotation instanceof Max max) {
            return max.value();
        }
        return null;
    }
}
