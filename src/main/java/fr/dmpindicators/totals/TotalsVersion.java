package fr.dmpindicators.totals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The version of the totals (V9): one number that every transaction changing the totals tables moves by one, once,
 * just before it commits. Taken last, its row lock is held only while the transaction ends, so writers that ran side
 * by side still do; they already wait for each other on the rows of the nation's totals.
 */
@ApplicationScoped
class TotalsVersion {

    /** The key under which a transaction is marked as changing the totals. */
    private static final Object CHANGING = TotalsVersion.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DataSource dataSource;

    /** Marks the current transaction as one that changes the totals: the version moves when it commits. */
    void changing() {
        if (transactions.getResource(CHANGING) == null) {
            transactions.putResource(CHANGING, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Move());
        }
    }

    /** Whether the current transaction changes the totals: its reads see changes that no other read may see yet. */
    boolean changedHere() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION
                && transactions.getResource(CHANGING) != null;
    }

    /** The version as committed, read on this connection. */
    long current(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version FROM totals_version WHERE id = 1");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Moves the version on the transaction's own connection, before it commits; a transaction to roll back does not. */
    private final class Move implements Synchronization {

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return;
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(
                            "UPDATE totals_version SET version = version + 1 WHERE id = 1")) {
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("The totals version could not be moved", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // Nothing to undo: the version moved in the transaction, and rolled back with it.
        }
    }
}
