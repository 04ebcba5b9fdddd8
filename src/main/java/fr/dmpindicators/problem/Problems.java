package fr.dmpindicators.problem;

import fr.dmpindicators.api.model.ProblemDto;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem responses (RFC 9457) from the contract's {@code Problem} schema. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** A problem whose title is in the language of the answer; its detail is already in that language. */
    public static ProblemDto problem(ProblemType type, String detail, String instance, List<FieldError> errors,
            Long limit, Locale locale) {
        ProblemDto problem = new ProblemDto()
                .type(type.uri())
                .title(ProblemText.title(type, locale))
                .status(type.status())
                .detail(detail)
                .instance(instance)
                .limit(limit);
        problem.setErrors(errors.isEmpty() ? null : errors.stream().map(error -> error.toDto(locale)).toList());
        return problem;
    }

    public static Response response(ProblemDto problem) {
        return Response.status(problem.getStatus()).type(MEDIA_TYPE).entity(problem).build();
    }
}
