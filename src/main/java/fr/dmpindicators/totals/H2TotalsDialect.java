package fr.dmpindicators.totals;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The totals on the embedded H2: the standard MERGE, and territories joined row by row on reads. */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2TotalsDialect implements TotalsDialect {

    /** MERGE INTO the table USING the arrays' rows ON every key column: add to a match, insert otherwise. */
    @Override
    public String addition(TotalsTable<?> table) {
        String keysMatch = table.keys().stream().map(key -> "t." + key.name() + " = s." + key.name())
                .collect(Collectors.joining(" AND "));
        String addSums = TotalsTable.SUM_COLUMNS.stream()
                .map(sum -> sum.name() + " = t." + sum.name() + " + s." + sum.name())
                .collect(Collectors.joining(", "));
        String columns = String.join(", ", table.columns());
        return "MERGE INTO " + table.name() + " t USING (" + ColumnArrays.rows(table) + ") AS s (" + columns + ")"
                + " ON " + keysMatch + " WHEN MATCHED THEN UPDATE SET " + addSums
                + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES ("
                + table.columns().stream().map(column -> "s." + column).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The rows of the keys, joined to the array's values: H2 finds each by the key's index. With {@code = ANY(?)}, H2
     * checked each row it locked against the whole array again, ten thousand comparisons a row for a batch of ten
     * thousand stored records.
     */
    @Override
    public String lockedByKeys(String table, String keyColumn) {
        return "SELECT x.* FROM UNNEST(CAST(?1 AS VARCHAR ARRAY)) k(v) JOIN " + table + " x ON x." + keyColumn
                + " = k.v ORDER BY x." + keyColumn + " FOR UPDATE";
    }

    /**
     * H2 uses an index only on an IN list of territories, and then reads every row of each territory; joined row by
     * row from the territory table, each territory's rows are found by the primary key instead.
     */
    @Override
    public CoveredRows branch(String table, String period, List<Object> periodParameters,
            Collection<String> territories) {
        List<Object> parameters = new ArrayList<>(periodParameters);
        parameters.addAll(territories);
        return new CoveredRows("SELECT x.* FROM territory r JOIN " + table + " x ON x.territory_code = r.code AND "
                + period + " WHERE r.code IN (" + String.join(", ", Collections.nCopies(territories.size(), "?"))
                + ")", parameters);
    }
}
