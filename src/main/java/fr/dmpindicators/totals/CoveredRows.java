package fr.dmpindicators.totals;

import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of a totals table that a read sums, as the derived table {@code t} of its query, with the parameters its
 * SQL names: one branch per part of a {@link PeriodCover}, each an equality on the granularity and a range of period
 * starts that the primary key (territory, granularity, period start) answers.
 *
 * @param sql the derived table, {@code (…) t}
 * @param parameters the value of each named parameter of the SQL
 */
record CoveredRows(String sql, Map<String, Object> parameters) {

    /**
     * The rows of the table for these territories over the cover, that also meet a condition on {@code x}
     * (empty for none). An empty cover reads no row and names no parameter.
     */
    static CoveredRows union(TotalsTable<?> table, Collection<String> territories, PeriodCover cover,
            String condition, TotalsDialect dialect) {
        if (cover.parts().isEmpty()) {
            return new CoveredRows("(SELECT * FROM " + table.name() + " WHERE 1 = 0) t", Map.of());
        }
        StringBuilder union = new StringBuilder("(");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("territories", dialect.territories(territories));
        for (int i = 0; i < cover.parts().size(); i++) {
            PeriodCover.Part part = cover.parts().get(i);
            String period = "x.granularity = '" + part.granularity().code() + "' AND x.period_start BETWEEN :first"
                    + i + " AND :last" + i;
            union.append(i == 0 ? "" : " UNION ALL ")
                    .append(dialect.branch(table.name(), period, territories.size()))
                    .append(condition.isEmpty() ? "" : " AND " + condition);
            parameters.put("first" + i, Date.valueOf(part.firstStart()));
            parameters.put("last" + i, Date.valueOf(part.lastStart()));
        }
        return new CoveredRows(union.append(") t").toString(), Map.copyOf(parameters));
    }
}
