package fr.dmpindicators.totals;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rows of a totals table that a read sums, as the derived table {@code t} of its query, with the values of its
 * positional parameters in order: one branch per part of a {@link PeriodCover}, each an equality on the granularity
 * and a range of period starts that the primary key (territory, granularity, period start) answers. A branch of days
 * reads the table's day view ({@link TotalsTable#source}), where both databases carry the same conditions to the
 * table's own daily rows and, below the grouping, to the records' index (territory, day).
 *
 * @param sql the derived table, {@code (…) t}
 * @param parameters the value of each {@code ?} of the SQL, in order; a {@code String[]} is bound as an array
 */
record CoveredRows(String sql, List<Object> parameters) {

    /**
     * The rows of the table for these territories over the cover, that also meet a condition on {@code x}
     * (empty for none). An empty cover reads no row and has no parameter.
     */
    static CoveredRows union(TotalsTable<?> table, Collection<String> territories, PeriodCover cover,
            String condition, TotalsDialect dialect) {
        if (cover.parts().isEmpty()) {
            return new CoveredRows("(SELECT * FROM " + table.name() + " WHERE 1 = 0) t", List.of());
        }
        StringBuilder union = new StringBuilder("(");
        List<Object> parameters = new ArrayList<>();
        for (PeriodCover.Part part : cover.parts()) {
            String period = "x.granularity = '" + part.granularity().code() + "' AND x.period_start BETWEEN ? AND ?";
            CoveredRows branch = dialect.branch(table.source(part.granularity()), period,
                    List.of(Date.valueOf(part.firstStart()), Date.valueOf(part.lastStart())), territories);
            union.append(parameters.isEmpty() ? "" : " UNION ALL ").append(branch.sql())
                    .append(condition.isEmpty() ? "" : " AND " + condition);
            parameters.addAll(branch.parameters());
        }
        return new CoveredRows(union.append(") t").toString(), List.copyOf(parameters));
    }

    /** The values of the parameters, an array as the list of its values: what tells two reads apart. */
    List<Object> values() {
        return parameters.stream().map(value -> value instanceof String[] array ? List.of(array) : value).toList();
    }

    /** Binds the parameters from the one at {@code index}, and returns the index of the next parameter. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        for (Object value : parameters) {
            if (value instanceof String[] array) {
                statement.setArray(next++, statement.getConnection().createArrayOf("varchar", array));
            } else {
                statement.setObject(next++, value);
            }
        }
        return next;
    }
}
