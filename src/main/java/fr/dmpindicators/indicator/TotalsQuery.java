package fr.dmpindicators.indicator;

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

    /** The rows of a {@link PeriodCover}, for a totals table aliased {@code t}. */
    private static final String COVER = " ((t.granularity = 'M' AND t.period_start BETWEEN :firstMonth AND :lastMonth)"
            + " OR (t.granularity = 'D' AND (t.period_start BETWEEN :headFrom AND :headTo"
            + " OR t.period_start BETWEEN :tailFrom AND :tailTo)))";
    private static final String SUMS = " COALESCE(SUM(t.created), 0), COALESCE(SUM(t.alimented), 0),"
            + " COALESCE(SUM(t.records), 0)";

    @Inject
    EntityManager entityManager;

    /** Everything in these territories between two dates, both included. */
    public Sums total(Collection<String> territories, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) covered("SELECT" + SUMS + " FROM dmp_total t WHERE territory_code IN (:territories)"
                + " AND" + COVER, territories, from, to).getSingleResult();
        return sums(row, 0);
    }

    /** Sums by channel (key) and practitioner type (second key, empty when none). */
    public List<KeyedSums> bySource(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT channel, practitioner_type," + SUMS + " FROM dmp_total t"
                + " WHERE territory_code IN (:territories) AND" + COVER + " GROUP BY channel, practitioner_type",
                territories, from, to).getResultList(), 2);
    }

    /** Sums by territory, each territory being one of those asked. */
    public List<KeyedSums> byTerritory(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT territory_code, ''," + SUMS + " FROM dmp_total t"
                + " WHERE territory_code IN (:territories) AND" + COVER + " GROUP BY territory_code",
                territories, from, to).getResultList(), 2);
    }

    /** Sums by establishment (key) and its name (second key), for patients of these départements. */
    public List<KeyedSums> byEstablishment(Collection<String> departements, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT t.finess, e.name," + SUMS
                + " FROM establishment_total t JOIN establishment e ON e.finess = t.finess"
                + " WHERE t.territory_code IN (:territories) AND" + COVER + " GROUP BY t.finess, e.name",
                departements, from, to).getResultList(), 2);
    }

    /** How many establishments have a count above zero for patients of these départements. */
    public long establishmentsInvolved(Collection<String> departements, LocalDate from, LocalDate to) {
        return ((Number) covered("SELECT COUNT(DISTINCT finess) FROM establishment_total t"
                + " WHERE territory_code IN (:territories) AND (created > 0 OR alimented > 0) AND" + COVER,
                departements, from, to).getSingleResult()).longValue();
    }

    /** Sums by totals row period: key = granularity ('D' or 'M'), second key = period start (ISO date). */
    public List<KeyedSums> byPeriod(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(covered("SELECT granularity, CAST(period_start AS VARCHAR(10))," + SUMS + " FROM dmp_total t"
                + " WHERE territory_code IN (:territories) AND" + COVER + " GROUP BY granularity, period_start",
                territories, from, to).getResultList(), 2);
    }

    /** Sums by day (key = ISO date), daily rows only. */
    public List<KeyedSums> byDay(Collection<String> territories, LocalDate from, LocalDate to) {
        return keyed(entityManager.createNativeQuery("SELECT CAST(period_start AS VARCHAR(10)), ''," + SUMS
                + " FROM dmp_total t WHERE territory_code IN (:territories) AND granularity = 'D'"
                + " AND period_start BETWEEN :from AND :to GROUP BY period_start")
                .setParameter("territories", territories)
                .setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to))
                .getResultList(), 2);
    }

    /** The first or last day with a record in these territories between two dates, or null. */
    public LocalDate dataDay(Collection<String> territories, LocalDate from, LocalDate to, boolean last) {
        Object day = entityManager.createNativeQuery("SELECT " + (last ? "MAX" : "MIN") + "(period_start)"
                + " FROM dmp_total t WHERE territory_code IN (:territories) AND granularity = 'D'"
                + " AND period_start BETWEEN :from AND :to AND records > 0", LocalDate.class)
                .setParameter("territories", territories)
                .setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to))
                .getSingleResult();
        return (LocalDate) day;
    }

    private Query covered(String sql, Collection<String> territories, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.of(from, to);
        return entityManager.createNativeQuery(sql)
                .setParameter("territories", territories)
                .setParameter("firstMonth", Date.valueOf(cover.firstMonth()))
                .setParameter("lastMonth", Date.valueOf(cover.lastMonth()))
                .setParameter("headFrom", Date.valueOf(cover.headFrom()))
                .setParameter("headTo", Date.valueOf(cover.headTo()))
                .setParameter("tailFrom", Date.valueOf(cover.tailFrom()))
                .setParameter("tailTo", Date.valueOf(cover.tailTo()));
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
