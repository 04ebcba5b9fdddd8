package fr.dmpindicators.totals;

import fr.dmpindicators.calendar.DmpLaw;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads the totals tables kept by {@link TotalsWriter}: sums over a date range use the yearly and monthly rows of
 * whole years and months and the daily rows of the partial ones ({@link PeriodCover}), so a read costs the territories
 * and periods asked, not the records stored; a département's daily rows are the sums of its records of the day, read
 * through the tables' day views ({@link TotalsTable#source}). No read starts before the DMP law. Reads run as plain
 * JDBC on the session's connection, with positional parameters: a native query of Hibernate parsed its SQL and named
 * parameters and mapped its result on every read, the largest cost of a read once the database answers from the
 * primary key.
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

    /** The sums over a date range, and the last day of the range with a record, or null. */
    public record SumsToDate(Sums sums, LocalDate lastDataDay) {
    }

    /** How many days of a range a territory has data on, and its last day with data up to a later date, or null. */
    public record DataDays(int days, LocalDate lastDataDay) {
    }

    /** A date range, both days included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    private interface Row<R> {
        R read(ResultSet result) throws SQLException;
    }

    /** The sums of the rows t, as the first three columns of every grouped read. */
    private static final String SUMS = "COALESCE(SUM(t.created), 0) AS created,"
            + " COALESCE(SUM(t.alimented), 0) AS alimented, COALESCE(SUM(t.records), 0) AS records";

    @Inject
    EntityManager entityManager;

    @Inject
    TotalsDialect dialect;

    @Inject
    KeptAnswers kept;

    /** Everything in these territories between two dates, both included. */
    public Sums total(Collection<String> territories, LocalDate from, LocalDate to) {
        return totals(territories, List.of(new Range(from, to))).get(0);
    }

    /** Everything in these territories over each range, in the order of the ranges, from one statement. */
    public List<Sums> totals(Collection<String> territories, List<Range> ranges) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ");
        List<CoveredRows> rows = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            CoveredRows covered = dialect.rows(TotalsTable.ALL_SOURCES, territories,
                    cover(ranges.get(i).from(), ranges.get(i).to()), "");
            sql.append(i == 0 ? "" : " CROSS JOIN ").append("(SELECT ").append(SUMS).append(" FROM ")
                    .append(covered.sql()).append(") s").append(i);
            rows.add(covered);
        }
        return query(sql.toString(), rows, result -> {
            List<Sums> sums = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                sums.add(sums(result, 3 * i + 1));
            }
            return List.copyOf(sums);
        }).get(0);
    }

    /** Everything in these territories between two dates, and the last of those days with a record, in one read. */
    public SumsToDate totalToDate(Collection<String> territories, LocalDate from, LocalDate to) {
        CoveredRows all = dialect.rows(TotalsTable.ALL_SOURCES, territories, cover(from, to), "");
        CoveredRows days = dialect.rows(TotalsTable.ALL_SOURCES, territories, days(from, to), "x.records > 0");
        return query("SELECT * FROM (SELECT " + SUMS + " FROM " + all.sql() + ") s CROSS JOIN (SELECT"
                + " MAX(t.period_start) AS data_day FROM " + days.sql() + ") d", List.of(all, days),
                result -> new SumsToDate(sums(result), result.getObject(4, LocalDate.class))).get(0);
    }

    /** Sums by source. */
    public List<SourceSums> bySource(Collection<String> territories, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.BY_SOURCE, territories, cover(from, to), "");
        return summed(", t.channel, t.practitioner_type", rows, " GROUP BY t.channel, t.practitioner_type",
                result -> new SourceSums(Channel.valueOf(result.getString(4)),
                        practitionerType(result.getString(5)), sums(result)));
    }

    /** Sums by territory, for those of the territories asked that have totals rows in the range. */
    public Map<String, Sums> byTerritory(Collection<String> territories, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.ALL_SOURCES, territories, cover(from, to), "");
        return summed(", t.territory_code", rows, " GROUP BY t.territory_code",
                result -> Map.entry(result.getString(4), sums(result))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sums by establishment, for patients of these départements. */
    public List<EstablishmentSums> byEstablishment(Collection<String> departements, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.BY_ESTABLISHMENT, departements, monthsAndDays(from, to), "");
        String sql = summedSql(", t.finess, e.name", rows, " JOIN establishment e ON e.finess = t.finess"
                + " GROUP BY t.finess, e.name");
        // Never kept: an establishment's name changes without the totals.
        return session().doReturningWork(connection -> run(connection, sql, List.of(), List.of(rows),
                result -> new EstablishmentSums(result.getString(4), result.getString(5), sums(result))));
    }

    /** How many establishments have a count above zero for patients of these départements. */
    public long establishmentsInvolved(Collection<String> departements, LocalDate from, LocalDate to) {
        CoveredRows rows = dialect.rows(TotalsTable.BY_ESTABLISHMENT, departements, monthsAndDays(from, to),
                "(x.created > 0 OR x.alimented > 0)");
        return query("SELECT COUNT(DISTINCT t.finess) FROM " + rows.sql(), List.of(rows),
                result -> result.getLong(1)).get(0);
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
        return query("SELECT " + (last ? "MAX" : "MIN") + "(t.period_start) FROM " + rows.sql(), List.of(rows),
                result -> result.getObject(1, LocalDate.class)).get(0);
    }

    /**
     * For each of these territories, the days from {@code from} to {@code to} with at least one record (of the
     * channel, or of any when it is null), and the last such day up to {@code asOf}: a record of zero counts is
     * data, the daily rows counting their records. One statement over the days from {@code from} to {@code asOf},
     * a second one only for the territories without data in them ({@link #lastDataDays}). Territories without any
     * data are left out.
     */
    public Map<String, DataDays> dataDays(Collection<String> territories, Channel channel, LocalDate from,
            LocalDate to, LocalDate asOf) {
        Map<String, DataDays> found = new HashMap<>(dataDaysAfter(territories, channel, from, to, asOf));
        List<String> without = territories.stream().filter(code -> !found.containsKey(code)).toList();
        if (!without.isEmpty() && DmpLaw.notBefore(from).isAfter(DmpLaw.DATE)) {
            lastDataDays(without, channel, from.minusDays(1)).forEach((code, day) -> found.put(code,
                    new DataDays(0, day)));
        }
        return Map.copyOf(found);
    }

    /**
     * For each of these territories with data up to a day, the last day with data: two branches per territory, each
     * reading by its index from the newest down and stopping at the first row with data: the table's own daily rows
     * (a region, the nation) by the key, and the records of a département by (territory, day). Summing every day
     * since the DMP law took a read through all of them, and the day view would group every record of a département
     * before its newest day is known. The branch that does not concern the territory finds no row.
     */
    private Map<String, LocalDate> lastDataDays(Collection<String> territories, Channel channel, LocalDate upTo) {
        TotalsTable<?> table = dataTable(channel);
        String stored = "(SELECT x.territory_code, x.period_start FROM " + table.name() + " x"
                + " WHERE x.territory_code = ? AND x.granularity = '" + Granularity.DAY.code() + "'"
                + " AND x.period_start <= ? AND " + dataCondition(channel)
                + " ORDER BY x.period_start DESC FETCH FIRST 1 ROW ONLY)";
        // Ordered by both columns of the index, so that H2 too reads it backwards rather than sorting the territory's
        // records (a record is data, whatever its counts).
        String recorded = "(SELECT x." + TotalsTable.RECORD_TERRITORY + ", x." + TotalsTable.RECORD_DAY + " FROM "
                + TotalsTable.RECORDS + " x WHERE x." + TotalsTable.RECORD_TERRITORY + " = ? AND x."
                + TotalsTable.RECORD_DAY + " <= ?" + (channel == null ? "" : " AND x.channel = '" + channel.name()
                + "'") + " ORDER BY x." + TotalsTable.RECORD_TERRITORY + " DESC, x." + TotalsTable.RECORD_DAY
                + " DESC FETCH FIRST 1 ROW ONLY)";
        List<Object> parameters = new ArrayList<>();
        territories.forEach(code -> parameters.addAll(List.of(code, Date.valueOf(upTo), code, Date.valueOf(upTo))));
        return query(String.join(" UNION ALL ", Collections.nCopies(territories.size(), stored + " UNION ALL "
                + recorded)), parameters, List.of(), result -> Map.entry(result.getString(1),
                        result.getObject(2, LocalDate.class))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a.isAfter(b) ? a : b));
    }

    /** Days with data in [from, to], the last day with data up to asOf. */
    private Map<String, DataDays> dataDaysAfter(Collection<String> territories, Channel channel, LocalDate from,
            LocalDate to, LocalDate asOf) {
        CoveredRows rows = dialect.rows(dataTable(channel), territories, days(from, asOf), dataCondition(channel));
        // No day before the DMP law holds data, and PostgreSQL has no year 0 (a card at 0001-01-01 looks back 29 days).
        return query("SELECT t.territory_code, COUNT(DISTINCT CASE WHEN t.period_start BETWEEN ? AND ? THEN"
                + " t.period_start END), MAX(t.period_start) FROM " + rows.sql() + " GROUP BY t.territory_code",
                List.of(Date.valueOf(DmpLaw.notBefore(from)), Date.valueOf(to)), List.of(rows),
                result -> Map.entry(result.getString(1), new DataDays(result.getInt(2),
                        result.getObject(3, LocalDate.class)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The table whose days tell the days with data of the channel, or of any channel when it is null. */
    private static TotalsTable<?> dataTable(Channel channel) {
        return channel == null ? TotalsTable.ALL_SOURCES : TotalsTable.BY_SOURCE;
    }

    /** The condition on {@code x}, a daily row of {@link #dataTable}, that it holds data of the channel. */
    private static String dataCondition(Channel channel) {
        return "x.records > 0" + (channel == null ? "" : " AND x.channel = '" + channel.name() + "'");
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
        return summed(", t.period_start", rows, " GROUP BY t.period_start",
                result -> new PeriodSums(result.getObject(4, LocalDate.class), sums(result)));
    }

    /** The sums of the rows as columns 1 to 3, then the other columns selected, each row read by the caller. */
    private <R> List<R> summed(String otherColumns, CoveredRows rows, String tail, Row<R> row) {
        return query(summedSql(otherColumns, rows, tail), List.of(rows), row);
    }

    /** The statement of {@link #summed}: the sums of the rows, the other columns, then the tail. */
    private static String summedSql(String otherColumns, CoveredRows rows, String tail) {
        return "SELECT " + SUMS + otherColumns + " FROM " + rows.sql() + tail;
    }

    /** Runs the query on the session's connection, its parameters those of the rows in the order of their SQL. */
    private <R> List<R> query(String sql, List<CoveredRows> rows, Row<R> row) {
        return query(sql, List.of(), rows, row);
    }

    /**
     * The answer to the query, its parameters first the leading ones (of its select list), then those of the rows: the
     * one kept while the totals stand unchanged, or the query's ({@link KeptAnswers}).
     */
    private <R> List<R> query(String sql, List<Object> leading, List<CoveredRows> rows, Row<R> row) {
        List<Object> question = new ArrayList<>(List.of(sql));
        question.addAll(leading);
        rows.forEach(covered -> question.addAll(covered.values()));
        return session().doReturningWork(connection -> kept.answer(connection, question,
                () -> run(connection, sql, leading, rows, row)));
    }

    /** Runs the query on the connection. */
    private static <R> List<R> run(Connection connection, String sql, List<Object> leading, List<CoveredRows> rows,
            Row<R> row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : leading) {
                statement.setObject(index++, value);
            }
            for (CoveredRows covered : rows) {
                index = covered.bind(statement, index);
            }
            List<R> read = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    read.add(row.read(result));
                }
            }
            return read;
        }
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static Sums sums(ResultSet result) throws SQLException {
        return sums(result, 1);
    }

    /** The sums of the three columns from {@code first}: created, alimented, records. */
    private static Sums sums(ResultSet result, int first) throws SQLException {
        return new Sums(result.getLong(first), result.getLong(first + 1), result.getLong(first + 2));
    }

    /** Records without a practitioner type are summed under ''. */
    private static PractitionerType practitionerType(String code) {
        return code.isEmpty() ? null : PractitionerType.valueOf(code);
    }
}
