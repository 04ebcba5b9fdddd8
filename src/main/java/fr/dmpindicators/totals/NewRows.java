package fr.dmpindicators.totals;

import java.util.List;

/**
 * Rows that a write adds to a table, none of which is there yet: the table, its columns, and each row's values in
 * the columns' order, each a {@link String}, a {@link Long}, a {@link java.time.LocalDate}, a
 * {@link java.time.OffsetDateTime} or null. How they reach the table is the dialect's choice
 * ({@link TotalsDialect#insert}).
 */
public record NewRows(String table, List<String> columns, List<Object[]> values) {

    public NewRows {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }
}
