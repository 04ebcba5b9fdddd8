package fr.dmpindicators.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The media type of an answer, chosen before the REST layer's writer would choose it: response filters run first,
 * and {@link EntityTags} must write the answer to tag it. The type the client accepts most of those the operation
 * answers in (its {@code @Produces} but {@code application/problem+json}, which problems alone are), as
 * {@link AnswerTypes} negotiates it for every operation.
 */
final class Negotiation {

    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

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

    /** The types the operation answers a success in: those it produces, but problems' own. */
    static List<MediaType> answered(ResourceInfo resource) {
        return produced(resource).stream().filter(type -> !isProblem(type)).toList();
    }

    /**
     * The answer's type: of those the operation answers, the one the client gives the highest quality, a tie going to
     * the one whose range comes first in Accept (sorted by q-value, as the REST layer gives it), then to the contract's
     * order (JSON first). None when the client gives every one quality 0 or names none of them.
     */
    static Optional<MediaType> choose(List<MediaType> acceptable, List<MediaType> answered) {
        MediaType chosen = null;
        double best = 0;
        int bestRange = Integer.MAX_VALUE;
        for (MediaType candidate : answered) {
            int range = mostSpecificRange(acceptable, candidate);
            double quality = range < 0 ? 0 : quality(acceptable.get(range));
            if (quality > best || quality == best && quality > 0 && range < bestRange) {
                chosen = candidate;
                best = quality;
                bestRange = range;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * The index of the range of Accept that gives a type its quality: the most specific one matching it (RFC 9110
     * section 12.5.1), so that {@code application/json;q=0} refuses JSON even beside a {@code *}{@code /*}; -1 for none.
     */
    private static int mostSpecificRange(List<MediaType> acceptable, MediaType candidate) {
        int found = -1;
        int specificity = -1;
        for (int i = 0; i < acceptable.size(); i++) {
            MediaType range = acceptable.get(i);
            int own = (range.isWildcardType() ? 0 : 1) + (range.isWildcardSubtype() ? 0 : 1);
            if (range.isCompatible(candidate) && own > specificity) {
                found = i;
                specificity = own;
            }
        }
        return found;
    }

    /** A range's q-value, 1 without one or with one that is not a number. */
    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isProblem(MediaType type) {
        return PROBLEM.getType().equalsIgnoreCase(type.getType())
                && PROBLEM.getSubtype().equalsIgnoreCase(type.getSubtype());
    }
}
