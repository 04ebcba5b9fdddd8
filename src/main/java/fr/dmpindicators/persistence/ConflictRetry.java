package fr.dmpindicators.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * The interceptor of {@link RetryOnConflict}. It runs before the transaction interceptor, so each attempt is a
 * whole new transaction; it retries only the SQL states of a conflict between concurrent writers.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    private static final int ATTEMPTS = 8;
    /** Serialization failure, deadlock (PostgreSQL), unique violation, and H2's deadlock and lock timeout. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "23505", "HYT00");

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.debugf("Concurrent write conflict, attempt %d of %d: %s", attempt, ATTEMPTS, e.getMessage());
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
            }
        }
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
