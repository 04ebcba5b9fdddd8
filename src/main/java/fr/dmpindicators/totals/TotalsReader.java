package fr.dmpindicators.totals;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * Reads the totals tables kept by {@link TotalsWriter}: sums over a date range use the yearly and monthly rows of
 * whole years and months and the daily rows of the partial ones ({@link PeriodCover}), so a read costs the territories
 * and periods asked, not the records stored. No read starts before the DMP law.
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

    /** The sums of the rows t, as the first three columns of every grouped read. */
    private static final String SUMS = "COALESCE(SUM(t.created), 0) AS created,"
            + " COALESCE(SUM(t.alimented), 0) AS alimented, COALESCE(SUM(t.records), 0) AS records";

    @Inject
    EntityManager entityManager;

    @Inject
    TotalsDialect dialect;

    /** Everything in these territories between two dates, both included. */
    public Sums total(Collection<String> territories, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.ALL_SOURCES, territories, cover(from, to), "");
        return sums(summed("", rows, "").getSingleResult());
    }

    /** Sums by source. */
    public List<SourceSums> bySource(Collection<String> territories, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.BY_SOURCE, territories, cover(from, to), "");
        return summed(", t.channel, t.practitioner_type", rows, " GROUP BY t.channel, t.practitioner_type")
                .addScalar("channel", String.class).addScalar("practitioner_type", String.class)
                .getResultList().stream()
                .map(row -> new SourceSums(Channel.valueOf((String) row[3]), practitionerType((String) row[4]),
                        sums(row)))
                .toList();
    }

    /** Sums by territory, for those of the territories asked that have totals rows in the range. */
    public Map<String, Sums> byTerritory(Collection<String> territories, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.ALL_SOURCES, territories, cover(from, to), "");
        return summed(", t.territory_code", rows, " GROUP BY t.territory_code")
                .addScalar("territory_code", String.class).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[3], TotalsReader::sums));
    }

    /** Sums by establishment, for patients of these départements. */
    public List<EstablishmentSums> byEstablishment(Collection<String> departements, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.BY_ESTABLISHMENT, departements, monthsAndDays(from, to), "");
        return summed(", t.finess, e.name", rows, " JOIN establishment e ON e.finess = t.finess"
                + " GROUP BY t.finess, e.name")
                .addScalar("finess", String.class).addScalar("name", String.class).getResultList().stream()
                .map(row -> new EstablishmentSums((String) row[3], (String) row[4], sums(row)))
                .toList();
    }

    /** How many establishments have a count above zero for patients of these départements. */
    public long establishmentsInvolved(Collection<String> departements, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.BY_ESTABLISHMENT, departements, monthsAndDays(from, to),
                "(x.created > 0 OR x.alimented > 0)");
        return this.<Long>query("SELECT COUNT(DISTINCT t.finess) AS establishments FROM " + rows.sql(), rows)
                .addScalar("establishments", Long.class).getSingleResult();
    }

    /** Sums by monthly row for the whole months of the range, by daily row for the days of the partial ones. */
    public List<PeriodSums> byPeriod(Collection<String> territories, LocalDate from, LocalDate to) {
        return byPeriodStart(dialect.rows(TotalsTable.ALL_SOURCES, territories, monthsAndDays(from, to), ""));
    }

    /** Sums by day, daily rows only. */
    public List<PeriodSums> byDay(Collection<String> territories, LocalDate from, LocalDate to) {
        return byPeriodStart(dialect.rows(TotalsTable.ALL_SOURCES, territories, days(from, to), ""));
    }

    /** The first or last day with a record in these territories between two dates, or null. */
    public LocalDate dataDay(Collection<String> territories, LocalDate from, LocalDate to, boolean last) {
        CoveredRows rows = dialect.rows(TotalsTable.ALL_SOURCES, territories, days(from, to), "x.records > 0");
        String day = (last ? "MAX" : "MIN") + "(t.period_start)";
        return this.<LocalDate>query("SELECT " + day + " AS data_day FROM " + rows.sql(), rows)
                .addScalar("data_day", LocalDate.class).getSingleResult();
    }

    private static PeriodCover cover(LocalDate from, LocalDate to) {
        return PeriodCover.of(DmpLaw.notBefore(from), to);
    }

    private static PeriodCover monthsAndDays(LocalDate from, LocalDate to) {
        return PeriodCover.monthsAndDays(DmpLaw.notBefore(from), to);
    }

    private static PeriodCover days(LocalDate from, LocalDate to) {
        return PeriodCover.days(DmpLaw.notBefore(from), to);
    }

    /** A row's period is told by its start alone: the parts of a cover never share a start. */
    private List<PeriodSums> byPeriodStart(CoveredRows rows) {
        return summed(", t.period_start", rows, " GROUP BY t.period_start")
                .addScalar("period_start", LocalDate.class).getResultList().stream()
                .map(row -> new PeriodSums((LocalDate) row[3], sums(row)))
                .toList();
    }

    /** The sums of the rows, typed, as columns 0 to 2, then the other columns selected, to be typed by the caller. */
    private NativeQuery<Object[]> summed(String otherColumns, CoveredRows rows, String tail) {
        return this.<Object[]>query("SELECT " + SUMS + otherColumns + " FROM " + rows.sql() + tail, rows)
                .addScalar("created", Long.class).addScalar("alimented", Long.class)
                .addScalar("records", Long.class);
    }

    @SuppressWarnings("unchecked")
    private <R> NativeQuery<R> query(String sql, CoveredRows rows) {
        NativeQuery<R> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        rows.parameters().forEach((name, value) -> query.setParameter(name, value));
        return query;
    }

    private static Sums sums(Object[] row) {
        return new Sums((Long) row[0], (Long) row[1], (Long) row[2]);
    }

    /** Records without a practitioner type are summed under ''. */
    private static PractitionerType practitionerType(String code) {
        return code.isEmpty() ? null : PractitionerType.valueOf(code);
    }
}
