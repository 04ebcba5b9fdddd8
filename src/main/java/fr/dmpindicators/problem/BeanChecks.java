package fr.dmpindicators.problem;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * Checks an item of the contract (a generated model, never an entity) against the constraints the contract puts on
 * its schema (types, bounds, required fields).
 */
@ApplicationScoped
public class BeanChecks {

    @Inject
    ValidatorFactory validators;

    private Validator validator;

    /**
     * With JPA present the default validator asks JPA, for every property of every item, whether it is loaded: a
     * third of a batch's checks went there. The items checked here are plain models, whose properties are all
     * loaded, so every property is reachable and cascadable, as JPA would answer; nor is there anything to cache
     * (the cache costs a map per check).
     */
    @PostConstruct
    void useModelsTraversal() {
        validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(new ModelProperties()).enableTraversableResolverResultCache(false)
                .getValidator();
    }

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

    /** Every property of a plain model is there to check. */
    private static final class ModelProperties implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }
}
