package fr.dmpindicators.totals;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The totals on PostgreSQL: COPY of new rows, INSERT … ON CONFLICT, and the territories of a read as one array. */
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

    /**
     * PostgreSQL answers each branch from the primary key, with {@code = ANY} of one array for several territories: an
     * expanded IN list would bind a parameter per territory in each branch (the ranking of the 101 départements spent
     * more time planning its 505 parameters than running), and change the statement's text with the number of
     * territories, so no prepared plan would be reused across scopes. One territory is an equality: the planner then
     * reads the latest day of a data day backwards from the key and stops at the first row, where {@code = ANY} scans
     * every day.
     */
    @Override
    public CoveredRows branch(String table, String period, List<Object> periodParameters,
            Collection<String> territories) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(territories.size() == 1 ? territories.iterator().next() : territories.toArray(String[]::new));
        parameters.addAll(periodParameters);
        return new CoveredRows("SELECT * FROM " + table + " x WHERE x.territory_code "
                + (territories.size() == 1 ? "= ?" : "= ANY(?)") + " AND " + period, parameters);
    }
}
