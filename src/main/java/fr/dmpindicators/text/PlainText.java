package fr.dmpindicators.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Text a person can read: no control characters (C0, DEL, C1: NUL, tab, line breaks…), no unpaired surrogate and
 * no non-character U+FFFE/U+FFFF. The contract puts it on its free-text fields ({@code x-field-extra-annotation}),
 * and {@code http.ParameterScreening} applies the same rule to query parameters, so that such bytes are refused rather
 * than stored or silently dropped.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** In the ValidationMessages bundles (English, French): Hibernate Validator writes it in the request's language. */
    String message() default "{fr.dmpindicators.text.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The first character that breaks the rule, as U+XXXX, with its 0-based position in the text. */
    record Offence(String character, int position) {

        /** The first forbidden character of a text, if any. */
        public static Optional<Offence> firstIn(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean forbidden = Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF'
                        || (Character.isHighSurrogate(c) && (i + 1 == text.length()
                                || !Character.isLowSurrogate(text.charAt(i + 1))))
                        || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
                if (forbidden) {
                    return Optional.of(new Offence(String.format("U+%04X", (int) c), i));
                }
            }
            return Optional.empty();
        }
    }

    /** Hibernate Validator's side of the constraint, naming the offending character in the message. */
    class Check implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Optional<Offence> offence = Offence.firstIn(value);
            offence.ifPresent(found -> context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("character", found.character())
                    .addMessageParameter("position", found.position()));
            return offence.isEmpty();
        }
    }
}
