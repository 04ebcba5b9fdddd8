package fr.dmpindicators.totals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
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

    /**
     * Copies the rows of {@code source} (a table or a view) whose {@code keyColumn} is {@code key} into {@code table},
     * with the same values in the same columns: one {@code INSERT … SELECT}, the same SQL on every database. The
     * names are the caller's constants, never input.
     */
    public void copy(String source, String table, List<String> columns, String keyColumn, long key) {
        String names = String.join(", ", columns);
        String sql = "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + source + " WHERE "
                + keyColumn + " = ?";
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, key);
                statement.executeUpdate();
            }
        });
    }
}
