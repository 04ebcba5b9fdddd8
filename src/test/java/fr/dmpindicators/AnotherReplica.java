package fr.dmpindicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Writes as another replica of the service would: on a connection of its own, committed at once. */
public final class AnotherReplica {

    private AnotherReplica() {
    }

    /** Runs one statement with its positional parameters on a new connection of the pool, outside any transaction. */
    public static void write(DataSource dataSource, String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
