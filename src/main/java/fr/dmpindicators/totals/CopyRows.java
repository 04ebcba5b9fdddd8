package fr.dmpindicators.totals;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * New rows sent to PostgreSQL by {@code COPY … FROM STDIN} in CSV, the fastest way in: one round trip and no
 * statement per row. A null is an empty field, a string is always quoted (so an empty string stays one).
 */
final class CopyRows {

    private CopyRows() {
    }

    static void copy(Connection connection, NewRows rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.values().size() * 128);
        for (Object[] row : rows.values()) {
            for (int column = 0; column < row.length; column++) {
                if (column > 0) {
                    csv.append(',');
                }
                append(csv, row[column]);
            }
            csv.append('\n');
        }
        String sql = "COPY " + rows.table() + " (" + String.join(", ", rows.columns()) + ") FROM STDIN (FORMAT csv)";
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + rows.table() + " failed", e);
        }
    }

    /** Numbers and dates as PostgreSQL reads them (ISO-8601), strings quoted with their quotes doubled. */
    private static void append(StringBuilder csv, Object value) {
        if (value instanceof String text) {
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value != null) {
            csv.append(value);
        }
    }
}
