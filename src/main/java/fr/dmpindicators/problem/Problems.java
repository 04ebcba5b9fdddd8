package fr.dmpindicators.problem;

import fr.dmpindicators.api.model.ProblemDto;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses (RFC 9457) from the contract's {@code Problem} schema. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static ProblemDto problem(ProblemType type, String detail, String instance, List<FieldError> errors,
            Long limit) {
        ProblemDto problem = new ProblemDto()
                .type(type.uri())
                .title(type.title())
                .status(type.status())
                .detail(detail)
                .instance(instance)
                .limit(limit);
        problem.setErrors(errors.isEmpty() ? null : errors.stream().map(FieldError::toDto).toList());
        return problem;
    }

    public static Response response(ProblemDto problem) {
        return Response.status(problem.getStatus()).type(MEDIA_TYPE).entity(problem).build();
    }
}
