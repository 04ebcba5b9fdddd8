package fr.dmpindicators.totals;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every connection of the pool to PostgreSQL runs its queries in one process: no parallel workers. The service's
 * reads are many small queries side by side, and a prepared plan that starts two workers for each of them (the
 * ranking's and the dashboard card's, once PostgreSQL keeps their generic plan) ran three times slower under 16
 * clients than the same work in one process (bench/README.md).
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresqlSessions implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET max_parallel_workers_per_gather = 0");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up a new connection to PostgreSQL", e);
        }
    }
}
