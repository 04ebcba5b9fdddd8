package fr.dmpindicators.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The media type of an answer, chosen before the REST layer's writer would choose it: response filters run first,
 * and {@link EntityTags} must write the answer to tag it. The first type the client accepts most (Accept sorted by
 * q-value, as the REST layer gives it) that the operation produces, in the contract's order (JSON first).
 */
final class Negotiation {

    private Negotiation() {
    }

    /** The types the operation produces: its generated interface method's {@code @Produces}. */
    static List<MediaType> produced(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        for (Class<?> contract : resource.getResourceClass().getInterfaces()) {
            try {
                Produces produces = contract.getMethod(method.getName(), method.getParameterTypes())
                        .getAnnotation(Produces.class);
                if (produces != null) {
                    return Arrays.stream(produces.value()).map(MediaType::valueOf).toList();
                }
            } catch (NoSuchMethodException notThisOne) {
                // the next interface may declare it
            }
        }
        Produces own = method.getAnnotation(Produces.class);
        return own == null ? List.of(MediaType.APPLICATION_JSON_TYPE)
                : Arrays.stream(own.value()).map(MediaType::valueOf).toList();
    }

    static MediaType choose(List<MediaType> acceptable, List<MediaType> produced) {
        for (MediaType accepted : acceptable) {
            for (MediaType candidate : produced) {
                if (accepted.isCompatible(candidate)) {
                    return candidate;
                }
            }
        }
        return produced.get(0);
    }
}
