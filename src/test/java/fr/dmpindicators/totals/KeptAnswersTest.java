package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.dmpindicators.AnotherReplica;
import fr.dmpindicators.source.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers of totals reads are kept while the totals version stands. These tests write totals of Corse-du-Sud in 2090,
 * a year no other test reads, as another replica would (its own connection, its own transaction) or through the
 * writer, and remove them afterwards, moving the version so that nothing kept of them outlives the test.
 */
@QuarkusTest
class KeptAnswersTest {

    private static final String CORSE_DU_SUD = "2A";
    private static final LocalDate DAY = LocalDate.of(2090, 6, 15);
    /** The totals tables and the records, each with the column of its day, cleared after each test. */
    private static final Map<String, String> PERIODS = Map.of("dmp_total", "period_start", "dmp_total_all_sources",
            "period_start", "establishment_total", "period_start", "dmp_creation", "record_date");

    @Inject
    TotalsReader reader;

    @Inject
    TotalsWriter writer;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @AfterEach
    void removeTheTotals() throws SQLException {
        for (Map.Entry<String, String> table : PERIODS.entrySet()) {
            asAnotherReplica("DELETE FROM " + table.getKey() + " WHERE " + table.getValue() + " >= ?",
                    Date.valueOf(DAY.withDayOfYear(1)));
        }
        asAnotherReplica("UPDATE totals_version SET version = version + 1 WHERE id = 1");
    }

    @Test
    void anAnswerIsKeptWhileTheVersionStands() throws SQLException {
        assertEquals(Sums.NONE, total(), "no totals in 2090 before the test");

        asAnotherReplica("INSERT INTO dmp_total_all_sources (territory_code, granularity, period_start, created,"
                + " alimented, records) VALUES (?, 'D', ?, 7, 3, 1)", CORSE_DU_SUD, Date.valueOf(DAY));
        assertEquals(Sums.NONE, total(), "kept while the version stands: the row is not read");

        asAnotherReplica("UPDATE totals_version SET version = version + 1 WHERE id = 1");
        assertEquals(new Sums(7, 3, 1), total(), "a new version makes the next read run its statement");
    }

    @Test
    void aCommittedWriteMovesTheVersionOnceAndIsReadNext() throws SQLException {
        long before = version();
        assertEquals(Sums.NONE, total(), "no totals in 2090 before the test");

        QuarkusTransaction.requiringNew().run(() -> {
            write(change(7, 3, 1));
            write(change(2, 1, 1));
        });
        assertEquals(before + 1, version(), "one move for the transaction, however many writes it made");
        assertEquals(new Sums(9, 4, 2), total(), "the next read sees the write");
    }

    /**
     * A synchronisation registered after the writer's reads the version on the transaction's connection, then makes
     * the commit fail: the version it read had moved, and the rollback took the move back, so the move was made in the
     * transaction itself, on its connection, not beside it.
     */
    @Test
    void theVersionMovesInTheTransactionItselfJustBeforeItCommits() throws SQLException {
        long before = version();
        AtomicLong seenAtTheEnd = new AtomicLong();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            write(change(3, 1, 1));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    try {
                        seenAtTheEnd.set(version());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    throw new IllegalStateException("the commit fails after the version moved");
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing to do.
                }
            });
        }));
        assertEquals(before + 1, seenAtTheEnd.get(), "moved before the transaction's last step");
        assertEquals(before, version(), "rolled back with the transaction");
        assertEquals(Sums.NONE, total(), "nothing of the failed transaction is read");
    }

    @Test
    void changesThatCancelOutLeaveTheVersion() throws SQLException {
        long before = version();
        QuarkusTransaction.requiringNew().run(() -> writer.apply(List.of(change(4, 2, 1), change(-4, -2, -1))));
        assertEquals(before, version(), "no totals row changed, so no answer kept before needs to be read again");
    }

    @Test
    void aTransactionThatChangesTheTotalsNeitherKeepsNorTakesAnswers() throws SQLException {
        long before = version();
        assertEquals(Sums.NONE, total(), "no totals in 2090 before the test, kept for this version");

        QuarkusTransaction.begin();
        try {
            write(change(5, 5, 1));
            assertEquals(new Sums(5, 5, 1), reader.total(List.of(CORSE_DU_SUD), DAY, DAY),
                    "the writing transaction reads its own change, not the kept answer");
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(before, version(), "a transaction rolled back leaves the version where it was");
        assertEquals(Sums.NONE, total(), "the rolled-back change was not kept");
    }

    /** A new record: stored, and its change given to the writer, as the record pipeline does. */
    private void write(CountChange record) {
        try {
            RecordRows.store(dataSource, List.of(record));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        writer.apply(List.of(record));
    }

    private static CountChange change(long created, long alimented, int records) {
        return new CountChange(DAY, CORSE_DU_SUD, Channel.PATIENT, null, null, created, alimented, records);
    }

    private Sums total() {
        return QuarkusTransaction.requiringNew().call(() -> reader.total(List.of(CORSE_DU_SUD), DAY, DAY));
    }

    private long version() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT version FROM totals_version WHERE id = 1");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void asAnotherReplica(String sql, Object... values) throws SQLException {
        AnotherReplica.write(dataSource, sql, values);
    }
}
