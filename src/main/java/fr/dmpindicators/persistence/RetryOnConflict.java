package fr.dmpindicators.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a write again, in a new transaction, when the database refused it for a conflict with a concurrent write
 * (a deadlock, a serialization failure, or two first inserts of one key): the last write wins, and no conflict
 * surfaces as a 500. Put it outside {@code @Transactional}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnConflict {
}
