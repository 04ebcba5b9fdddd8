package fr.dmpindicators.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query and path parameters an operation declares, read from the JAX-RS interface generated from the contract
 * (the resource method itself carries no annotations): names, Java types and the bounds the contract puts on them.
 * Reading them from the generated code, not from a list kept by hand, keeps them in step with {@code openapi.yaml}.
 */
public final class OperationParameters {

    /** Where a parameter is taken from. */
    public enum Location {
        QUERY, PATH
    }

    /** One declared parameter and the constraints the contract gives it. */
    public record Declared(String name, Location location, Class<?> type, boolean required, Long min, Long max,
            Integer maxLength) {
    }

    private static final Map<Method, List<Declared>> CACHE = new ConcurrentHashMap<>();

    private OperationParameters() {
    }

    /** The parameters of the operation a resource method implements, in the order the contract lists them. */
    public static List<Declared> of(Class<?> resourceClass, Method resourceMethod) {
        return CACHE.computeIfAbsent(resourceMethod, method -> read(declaringMethod(resourceClass, method)));
    }

    /** The method that carries the JAX-RS annotations: the generated interface's, or the method itself. */
    private static Method declaringMethod(Class<?> resourceClass, Method method) {
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Class<?> contract : type.getInterfaces()) {
                try {
                    return contract.getMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException notThisOne) {
                    // the next interface may declare it
                }
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
