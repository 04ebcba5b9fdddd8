package fr.dmpindicators.totals;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the totals tables kept by {@code TotalsWriter}: sums over a date range use the monthly rows of whole
 * months and the daily rows of the partial ones ({@link PeriodCover}), so a read costs the territories and periods
 * asked, not the records stored.
 */
@ApplicationScoped
public class TotalsReader {

    /** The sums of one source: a channel, and a practitioner type or null. */
    public record SourceSums(Channel channel, PractitionerType practitionerType, Sums sums) {
    }

    /** The sums of one establishment, by FINESS number, with its name. */
    public record EstablishmentSums(String finess, String name, Sums sums) {
    }

    /** The sums of the totals rows of one period, by its first day. */
    public record PeriodSums(LocalDate start, Sums sums) {
    }

    /** The totals of all sources together, which every read but a breakdown by source sums. */
    private static final String ALL_SOURCES = "dmp_total_all_sources";
    private static final String SUMS = " COALESCE(SUM(t.created), 0), COALESCE(SUM(t.alimented), 0),"
            + " COALESCE(SUM(t.records), 0)";

    @Inject
    EntityManager entityManager;

    private final boolean postgresql;

    @Inject
    TotalsReader(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        postgresql = databaseKind.equals("postgresql");
    }

    /** Everything in these territories between two dates, both included. */
    public Sums total(Collection<String> territories, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.of(DmpLaw.notBefore(from), to);
        Object[] row = (Object[]) query("SELECT" + SUMS + " FROM " + rows(ALL_SOURCES, "",
                cover), territories, cover).getSingleResult();
        return sums(row, 0);
    }

    /** Sums by source. */
    public List<SourceSums> bySource(Collection<String> territories, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.of(DmpLaw.notBefore(from), to);
        return keyed(query("SELECT t.channel, t.practitioner_type," + SUMS + " FROM " + rows("dmp_total", "",
                cover)
                + " GROUP BY t.channel, t.practitioner_type", territories, cover).getResultList(), 2).stream()
                .map(row -> new SourceSums(Channel.valueOf(row.key()),
                        row.secondKey().isEmpty() ? null : PractitionerType.valueOf(row.secondKey()), row.sums()))
                .toList();
    }

    /** Sums by territory, for those of the territories asked that have totals rows in the range. */
    public Map<String, Sums> byTerritory(Collection<String> territories, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.of(DmpLaw.notBefore(from), to);
        return keyed(query("SELECT t.territory_code, ''," + SUMS + " FROM " + rows(ALL_SOURCES, "",
                cover) + " GROUP BY t.territory_code", territories, cover)
                .getResultList(), 2).stream().collect(Collectors.toMap(KeyedSums::key, KeyedSums::sums));
    }

    /** Sums by establishment, for patients of these départements. */
    public List<EstablishmentSums> byEstablishment(Collection<String> departements, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.monthsAndDays(DmpLaw.notBefore(from), to);
        return keyed(query("SELECT t.finess, e.name," + SUMS + " FROM " + rows("establishment_total", "",
                cover) + " JOIN establishment e ON e.finess = t.finess GROUP BY t.finess, e.name", departements,
                cover).getResultList(), 2).stream()
                .map(row -> new EstablishmentSums(row.key(), row.secondKey(), row.sums())).toList();
    }

    /** How many establishments have a count above zero for patients of these départements. */
    public long establishmentsInvolved(Collection<String> departements, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.monthsAndDays(DmpLaw.notBefore(from), to);
        return ((Number) query("SELECT COUNT(DISTINCT t.finess) FROM " + rows("establishment_total",
                " AND (x.created > 0 OR x.alimented > 0)", cover), departements, cover)
                .getSingleResult()).longValue();
    }

    /** Sums by monthly row for the whole months of the range, by daily row for the days of the partial ones. */
    public List<PeriodSums> byPeriod(Collection<String> territories, LocalDate from, LocalDate to) {
        PeriodCover cover = PeriodCover.monthsAndDays(DmpLaw.notBefore(from), to);
        return keyed(query("SELECT t.granularity, CAST(t.period_start AS VARCHAR(10))," + SUMS + " FROM "
                + rows(ALL_SOURCES, "", cover) + " GROUP BY t.granularity, t.period_start",
                territories, cover).getResultList(), 2).stream()
                .map(row -> new PeriodSums(LocalDate.parse(row.secondKey()), row.sums())).toList();
    }

    /** Sums by day, daily rows only. */
    public List<PeriodSums> byDay(Collection<String> territories, LocalDate from, LocalDate to) {
        PeriodCover days = days(from, to);
        return keyed(query("SELECT CAST(t.period_start AS VARCHAR(10)), ''," + SUMS + " FROM "
                + rows(ALL_SOURCES, "", days) + " GROUP BY t.period_start", territories, days).getResultList(), 2)
                .stream().map(row -> new PeriodSums(LocalDate.parse(row.key()), row.sums())).toList();
    }

    /** The first or last day with a record in these territories between two dates, or null. */
    public LocalDate dataDay(Collection<String> territories, LocalDate from, LocalDate to, boolean last) {
        PeriodCover days = days(from, to);
        return (LocalDate) query("SELECT " + (last ? "MAX" : "MIN") + "(t.period_start) FROM "
                + rows(ALL_SOURCES, " AND x.records > 0", days), territories, days, LocalDate.class)
                .getSingleResult();
    }

    /** The daily rows of a range, and none for an empty one. */
    private static PeriodCover days(LocalDate from, LocalDate to) {
        LocalDate first = DmpLaw.notBefore(from);
        return new PeriodCover(first.isAfter(to) ? List.of() : List.of(new PeriodCover.Part('D', first, to)));
    }


    /**
     * The rows of a totals table for the territories asked, meeting a condition and a cover, as the derived table
     * {@code t}: one branch per part of the cover, an equality on the granularity and a range of period starts that
     * the primary key (territory, granularity, period start) answers. PostgreSQL does so from an IN list of
     * territories. H2 uses an index only on such an IN list and then reads every row of each territory, so on H2 the
     * territories are joined row by row instead (slower on PostgreSQL, which plans the join for each branch).
     */
    private String rows(String table, String condition, PeriodCover cover) {
        if (cover.parts().isEmpty()) {
            return "(SELECT * FROM " + table + " WHERE 1 = 0) t";
        }
        StringBuilder union = new StringBuilder("(");
        for (int i = 0; i < cover.parts().size(); i++) {
            union.append(i == 0 ? "" : " UNION ALL ").append(postgresql
                    ? "SELECT * FROM " + table + " x WHERE x.territory_code IN (:territories) AND"
                    : "SELECT x.* FROM territory r JOIN " + table + " x ON x.territory_code = r.code AND")
                    .append(" x.granularity = '").append(cover.parts().get(i).granularity())
                    .append("' AND x.period_start BETWEEN :first").append(i).append(" AND :last").append(i)
                    .append(postgresql ? "" : " WHERE r.code IN (:territories)").append(condition);
        }
        return union.append(") t").toString();
    }

    private Query query(String sql, Collection<String> territories, PeriodCover cover) {
        return bind(entityManager.createNativeQuery(sql), territories, cover);
    }

    private Query query(String sql, Collection<String> territories, PeriodCover cover, Class<?> resultType) {
        return bind(entityManager.createNativeQuery(sql, resultType), territories, cover);
    }

    /** An empty cover reads no row and names no parameter (see {@link #rows}), so it binds none. */
    private static Query bind(Query query, Collection<String> territories, PeriodCover cover) {
        if (cover.parts().isEmpty()) {
            return query;
        }
        query.setParameter("territories", territories);
        for (int i = 0; i < cover.parts().size(); i++) {
            query.setParameter("first" + i, Date.valueOf(cover.parts().get(i).firstStart()))
                    .setParameter("last" + i, Date.valueOf(cover.parts().get(i).lastStart()));
        }
        return query;
    }

    /** One row of a grouped read, its keys as text, until the public methods type them. */
    private record KeyedSums(String key, String secondKey, Sums sums) {
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
