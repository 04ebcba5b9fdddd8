package fr.dmpindicators.totals;

import fr.dmpindicators.totals.TotalsTable.KeyColumn;
import fr.dmpindicators.totals.TotalsTable.SumColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rows to add to a totals table sent in one statement (up to {@link #MOST_ROWS}): one array parameter per column,
 * which {@code UNNEST} turns back into rows in the order of the keys. Round trips, not rows, are what a batch of many
 * statements costs. H2 and PostgreSQL read the same arrays; only what they do with the rows differs.
 */
final class ColumnArrays {

    private ColumnArrays() {
    }

    /** The rows as a query: {@code SELECT * FROM UNNEST(?, ?, …)}, one typed array per column of the table. */
    static String rows(TotalsTable<?> table) {
        return Stream.concat(table.keys().stream().map(KeyColumn::sqlType),
                        TotalsTable.SUM_COLUMNS.stream().map(sum -> SumColumn.SQL_TYPE))
                .map(type -> "CAST(? AS " + type + " ARRAY)")
                .collect(Collectors.joining(", ", "SELECT * FROM UNNEST(", ")"));
    }

    /**
     * The most rows one statement binds, and so the most values in one of its arrays: H2 holds at most 65 536 values
     * in an array, and each record falls in nine rows by source (a chunk of 40 000 records, with
     * {@code dmp.batch.max-items} raised, fell in 76 624).
     */
    static final int MOST_ROWS = 50_000;

    /**
     * Runs a statement that reads {@link #rows} once per slice of at most {@link #MOST_ROWS} rows, the slices in the
     * rows' order, so the rows are still locked in it.
     */
    static <K> void execute(Connection connection, String sql, TotalsTable<K> table,
            List<Map.Entry<K, Sums>> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += MOST_ROWS) {
                List<Map.Entry<K, Sums>> slice = rows.subList(from, Math.min(rows.size(), from + MOST_ROWS));
                List<K> keys = slice.stream().map(Map.Entry::getKey).toList();
                int index = 1;
                for (KeyColumn<K, ?> key : table.keys()) {
                    statement.setArray(index++, array(connection, key.sqlType(), keys, key.value()));
                }
                List<Sums> sums = slice.stream().map(Map.Entry::getValue).toList();
                for (SumColumn sum : TotalsTable.SUM_COLUMNS) {
                    statement.setArray(index++, array(connection, SumColumn.SQL_TYPE, sums, sum.value()));
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * One value of every row, in the rows' order, as an array of the column's element type; dates in ISO-8601, which
     * the statement's cast reads as dates on both databases: a {@link java.sql.Date} costs a calendar computation to
     * make and another to write, once per row.
     */
    private static <R> java.sql.Array array(Connection connection, String sqlType, List<R> rows,
            Function<R, ?> value) throws SQLException {
        String elementType = sqlType.replaceFirst("\\(.*", "").toLowerCase(Locale.ROOT);
        return connection.createArrayOf(elementType, rows.stream().map(value)
                .map(element -> element instanceof LocalDate date ? date.toString() : element).toArray());
    }
}
