package fr.dmpindicators.indicator;

import fr.dmpindicators.record.RecordTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reads the totals tables kept by {@code RecordTotals}: sums over a date range use the monthly rows of whole
 * months and the daily rows of the partial ones ({@link PeriodCover}), so a read costs the territories and periods
 * asked, not the records stored.
 */
@ApplicationScoped
public class TotalsQuery {

    /** DMP created, alimented, and how many records were summed. */
    public record Sums(long created, long alimented, long records) {
        static final Sums NONE = new Sums(0, 0, 0);

        Sums plus(Sums other) {
            return new Sums(created + other.created, alimented + other.alimented, records + other.records);
        }
    }

    /** Sums for one key of a grouped read (a channel and practitioner type, a territory, a FINESS, a period). */
    public record KeyedSums(String key, String secondKey, Sums sums) {
    }

    /** Where the condition on the rows of a {@link PeriodCover} goes, for a totals table aliased {@code t}. */
    private static final String COVER = "{cover}";
    /** The rows of dmp_total that add up every source, which every read but a breakdown by source sums. */
    private static final String ALL_SOURCES = " AND t.channel = '" + RecordTotals.ALL_SOURCES + "'";
    private static final String SUMS = " COALESCE(SUM(t.created), 0), COALESCE(SUM(t.alimented), 0),"
            + " COALESCE(SUM(t.records), 0)";

    @Inject
    EntityManager entityManager;

    /** Everything in these territories between two dates, both included. */
    public Sums total(Collection<String> territories, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) covered("SELECT" + SUMS + " FROM dmp_total t WHERE territory_code IN (:territories)"
                + ALL_SOURCES + " AND" + COVER, territories, PeriodCover.of(from, to)).getSingleResult();
        return sums(row, 0);
    }

    /** Sums by channel (key) and practitioner type (second key, empty when none). */
    public List<KeyedSums> bySource(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT channel, practitioner_type," + SUMS + " FROM dmp_total t"
                + " WHERE territory_code IN (:territories) AND t.channel <> '" + RecordTotals.ALL_SOURCES + "' AND"
                + COVER + " GROUP BY channel, practitioner_type", territories, PeriodCover.of(from, to)).getResultList(), 2);
    }

    /** Sums by territory, each territory being one of those asked. */
    public List<KeyedSums> byTerritory(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT territory_code, ''," + SUMS + " FROM dmp_total t"
                + " WHERE territory_code IN (:territories)" + ALL_SOURCES + " AND" + COVER
                + " GROUP BY territory_code", territories, PeriodCover.of(from, to)).getResultList(), 2);
    }

    /** Sums by establishment (key) and its name (second key), for patients of these départements. */
    public List<KeyedSums> byEstablishment(Collection<String> departements, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT t.finess, e.name," + SUMS
                + " FROM establishment_total t JOIN establishment e ON e.finess = t.finess"
                + " WHERE t.territory_code IN (:territories) AND" + COVER + " GROUP BY t.finess, e.name",
                departements, PeriodCover.monthsAndDays(from, to)).getResultList(), 2);
    }

    /** How many establishments have a count above zero for patients of these départements. */
    public long establishmentsInvolved(Collection<String> departements, LocalDate from, LocalDate to) {
        return ((Number) covered("SELECT COUNT(DISTINCT finess) FROM establishment_total t"
                + " WHERE territory_code IN (:territories) AND (created > 0 OR alimented > 0) AND" + COVER,
                departements, PeriodCover.monthsAndDays(from, to)).getSingleResult()).longValue();
    }

    /** Sums by monthly or daily row: key = granularity ('M' or 'D'), second key = period start (ISO date). */
    public List<KeyedSums> byPeriod(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT granularity, CAST(period_start AS VARCHAR(10))," + SUMS + " FROM dmp_total t"
                + " WHERE territory_code IN (:territories)" + ALL_SOURCES + " AND" + COVER
                + " GROUP BY granularity, period_start", territories, PeriodCover.monthsAndDays(from, to)).getResultList(), 2);
    }

    /** Sums by day (key = ISO date), daily rows only. */
    public List<KeyedSums> byDay(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(entityManager.createNativeQuery("SELECT CAST(period_start AS VARCHAR(10)), ''," + SUMS
                + " FROM dmp_total t WHERE territory_code IN (:territories)" + ALL_SOURCES + " AND granularity = 'D'"
                + " AND period_start BETWEEN :from AND :to GROUP BY period_start")
                .setParameter("territories", territories)
                .setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to))
                .getResultList(), 2);
    }

    /** The first or last day with a record in these territories between two dates, or null. */
    public LocalDate dataDay(Collection<String> territories, LocalDate from, LocalDate to, boolean last) {
        Object day = entityManager.createNativeQuery("SELECT " + (last ? "MAX" : "MIN") + "(period_start)"
                + " FROM dmp_total t WHERE territory_code IN (:territories)" + ALL_SOURCES + " AND granularity = 'D'"
                + " AND period_start BETWEEN :from AND :to AND records > 0", LocalDate.class)
                .setParameter("territories", territories)
                .setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to))
                .getSingleResult();
        return (LocalDate) day;
    }

    /** The query with the rows of the cover in place of {@link #COVER}: one condition per part of it. */
    private Query covered(String sql, Collection<String> territories, PeriodCover cover) {
        StringBuilder condition = new StringBuilder();
        for (int i = 0; i < cover.parts().size(); i++) {
            condition.append(i == 0 ? "" : " OR ").append("(t.granularity = '")
                    .append(cover.parts().get(i).granularity()).append("' AND t.period_start BETWEEN :first")
                    .append(i).append(" AND :last").append(i).append(')');
        }
        Query query = entityManager.createNativeQuery(sql.replace(COVER,
                cover.parts().isEmpty() ? " 1 = 0" : " (" + condition + ")"))
                .setParameter("territories", territories);
        for (int i = 0; i < cover.parts().size(); i++) {
            query.setParameter("first" + i, Date.valueOf(cover.parts().get(i).firstStart()))
                    .setParameter("last" + i, Date.valueOf(cover.parts().get(i).lastStart()));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<KeyedSums> keyed(List<?> rows, int keys) {
        return ((List<Object[]>) rows).stream()
                .map(row -> new KeyedSums(String.valueOf(row[0]).trim(), String.valueOf(row[1]).trim(),
                        sums(row, keys)))
                .toList();
    }

    private static Sums sums(Object[] row, int first) {
        return new Sums(((Number) row[first]).longValue(), ((Number) row[first + 1]).longValue(),
                ((Number) row[first + 2]).longValue());
    }
}
