package fr.dmpindicators.totals;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;

/** The totals on PostgreSQL: INSERT … ON CONFLICT, and an IN list of territories on reads. */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresqlTotalsDialect implements TotalsDialect {

    /**
     * INSERT the arrays' rows, adding to the row already there on a conflict on the primary key. PostgreSQL's MERGE
     * may have the planner join the whole table to the new rows, a cost that grows with the table; ON CONFLICT probes
     * the primary key row by row.
     */
    @Override
    public String addition(TotalsTable<?> table) {
        String addSums = TotalsTable.SUM_COLUMNS.stream()
                .map(sum -> sum.name() + " = t." + sum.name() + " + EXCLUDED." + sum.name())
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table.name() + " AS t (" + String.join(", ", table.columns()) + ") "
                + ColumnArrays.rows(table) + " ON CONFLICT ON CONSTRAINT " + table.primaryKey()
                + " DO UPDATE SET " + addSums;
    }

    /** COPY: the new rows stream in as CSV, several times faster than a batch of INSERTs. */
    @Override
    public void insert(Connection connection, NewRows rows) throws SQLException {
        CopyRows.copy(connection, rows);
    }

    /** PostgreSQL answers each branch from the primary key with an IN list; a join would be planned per branch. */
    @Override
    public String branch(String table, String period) {
        return "SELECT * FROM " + table + " x WHERE x.territory_code IN (:territories) AND " + period;
    }
}
