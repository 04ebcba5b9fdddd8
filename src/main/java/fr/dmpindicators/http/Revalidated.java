package fr.dmpindicators.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the reads ({@code GET}, {@code HEAD}) of a resource class or method whose answers carry an {@code ETag} and
 * answer {@code If-None-Match} with 304 ({@link EntityTags}), and says how long a client may keep one without asking:
 * {@code 0} (the default) for answers a push can change at any time ({@code Cache-Control: no-cache}, revalidate
 * each time), a number of seconds for answers fixed in the service's own release.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {

    /** Seconds a client may reuse the answer without revalidating it; 0 for none. */
    long maxAge() default 0;
}
