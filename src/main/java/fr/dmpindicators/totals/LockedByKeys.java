package fr.dmpindicators.totals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * Stored entities found among many values of a unique key in one statement ({@link TotalsDialect#lockedByKeys}),
 * locked until the transaction ends: a batch of ten thousand records looked up its keys in ten queries of a thousand
 * bound parameters each. The session is not flushed first: new rows go in bulk beside it, and an entity it holds
 * changed is answered as it holds it.
 */
@ApplicationScoped
public class LockedByKeys {

    @Inject
    EntityManager entityManager;

    @Inject
    TotalsDialect dialect;

    /**
     * The most keys one statement binds: H2 holds at most 65 536 values in an array, and {@code dmp.batch.max-items}
     * may allow more records in a batch.
     */
    static final int MOST_KEYS = 50_000;

    /**
     * The entities of the table whose key column holds one of the keys, each once, in the column's order: the keys
     * sorted, then looked up by slices of at most {@link #MOST_KEYS}, in that order.
     */
    public <E> List<E> find(Class<E> entity, String table, String keyColumn, Collection<String> keys) {
        List<String> sorted = keys.stream().distinct().sorted().toList();
        List<E> found = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += MOST_KEYS) {
            List<String> slice = sorted.subList(from, Math.min(sorted.size(), from + MOST_KEYS));
            found.addAll(entityManager.createNativeQuery(dialect.lockedByKeys(table, keyColumn), entity)
                    .setParameter(1, slice.toArray(String[]::new))
                    .setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                    .getResultList());
        }
        return found;
    }
}
