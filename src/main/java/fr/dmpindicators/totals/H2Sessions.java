package fr.dmpindicators.totals;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every connection of the pool to H2 runs each query's views anew: no reuse of a view's last result. H2 2.4.240 reuses
 * the result of a view joined in a query it has already run on the session while it takes the view's tables for
 * unchanged, and it took a day view ({@link TotalsTable#source}) for unchanged after records were stored in the
 * session's transaction: the read of a département's day in that transaction answered the records of before
 * (decision 24). The setting is the database's (its connection's user must be an administrator, as the embedded
 * database's owner is); the reads' answers are kept above the database anyway ({@link KeptAnswers}).
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2Sessions implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET OPTIMIZE_REUSE_RESULTS 0");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up a new connection to H2", e);
        }
    }
}
