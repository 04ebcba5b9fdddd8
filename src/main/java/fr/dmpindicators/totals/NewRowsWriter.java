package fr.dmpindicators.totals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Inserts many new rows at once, in the transaction of the write, bypassing the per-entity work of Hibernate: a
 * batch of records and their audit entries costs the database's bulk path (COPY on PostgreSQL), not ten thousand
 * entity life cycles. The rows are never in Hibernate's session; their ids come from the entities' own sequences.
 */
@ApplicationScoped
public class NewRowsWriter {

    @Inject
    EntityManager entityManager;

    @Inject
    TotalsDialect dialect;

    public void insert(NewRows rows) {
        if (!rows.values().isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> dialect.insert(connection, rows));
        }
    }
}
