package fr.dmpindicators.totals;

import fr.dmpindicators.persistence.InChunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
     * The entities of the table whose key column holds one of the keys, each once, in the column's order: the keys
     * sorted, then looked up by slices of at most {@link ColumnArrays#MOST_ROWS} (H2's limit on an array, which
     * {@code dmp.batch.max-items} may pass), in that order.
     */
    public <E> List<E> find(Class<E> entity, String table, String keyColumn, Collection<String> keys) {
        return InChunks.query(keys.stream().distinct().sorted().toList(), ColumnArrays.MOST_ROWS,
                slice -> entityManager.createNativeQuery(dialect.lockedByKeys(table, keyColumn), entity)
                        .setParameter(1, slice.toArray(String[]::new))
                        .setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                        .getResultList());
    }
}
