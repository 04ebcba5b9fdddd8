package fr.dmpindicators.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Checks an item against the constraints the contract puts on its schema (types, bounds, required fields). */
@ApplicationScoped
public class BeanChecks {

    @Inject
    Validator validator;

    public List<FieldError> check(Object item) {
        return validator.validate(item).stream()
                .map(violation -> FieldError.of(leafName(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
