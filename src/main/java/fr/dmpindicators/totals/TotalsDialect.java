package fr.dmpindicators.totals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the totals say differently to each database: how rows are added to a table and how a read selects them.
 * Exactly one implementation is a bean, the one of the database kind the service is built for; nothing else in the
 * service knows that kind. Both databases share the way rows travel (one array per column, {@link ColumnArrays}) and
 * the shape of a read (one branch per part of a cover, {@link CoveredRows}); a dialect that needs another way
 * overrides {@link #add} or {@link #rows}, and its callers do not change.
 */
interface TotalsDialect {

    /** The statement that adds the rows of {@link ColumnArrays#rows} to the table, creating those not there yet. */
    String addition(TotalsTable<?> table);

    /**
     * The rows {@code x} of one part of a cover for these territories, with the values of its parameters in order.
     *
     * @param table the totals table or its day view, to be aliased {@code x}
     * @param period the condition on {@code x} that picks the part's granularity and period starts
     * @param periodParameters the values of the {@code ?} of the period, in order
     */
    CoveredRows branch(String table, String period, List<Object> periodParameters, Collection<String> territories);

    /**
     * Adds the sums to the rows of these keys, in the order of the rows ({@link TotalsTable#inLockOrder}), creating
     * the rows that do not exist yet, in the transaction of the connection.
     */
    default <K> void add(Connection connection, TotalsTable<K> table, List<Map.Entry<K, Sums>> rows)
            throws SQLException {
        ColumnArrays.execute(connection, addition(table), table, rows);
    }

    /**
     * Inserts new rows, in the transaction of the connection: by default one JDBC batch of a prepared INSERT, which
     * an embedded database runs without a round trip per row.
     */
    default void insert(Connection connection, NewRows rows) throws SQLException {
        String sql = "INSERT INTO " + rows.table() + " (" + String.join(", ", rows.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows.values()) {
                for (int column = 0; column < row.length; column++) {
                    insert.setObject(column + 1, row[column]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The rows of a table whose unique key column holds one of the values of the one array parameter, locked until
     * the transaction ends, in the column's order: the same order in every transaction, so two writers never wait for
     * each other. One statement and one parameter, whatever the number of keys; both databases find each key by
     * its index.
     */
    default String lockedByKeys(String table, String keyColumn) {
        return "SELECT * FROM " + table + " WHERE " + keyColumn + " = ANY(?1) ORDER BY " + keyColumn + " FOR UPDATE";
    }

    /** The rows of the table for these territories over the cover that meet a condition on {@code x} (or ""). */
    default CoveredRows rows(TotalsTable<?> table, Collection<String> territories, PeriodCover cover,
            String condition) {
        return CoveredRows.union(table, territories, cover, condition, this);
    }
}
