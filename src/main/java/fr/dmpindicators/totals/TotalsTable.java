package fr.dmpindicators.totals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One totals table, described once (migrations V2, V6 and V10): its name, its key columns with their SQL types, the
 * granularities it holds and where its daily rows are read. Each row also holds the three {@link Sums} columns; the
 * dialects derive their statements from this description, so no two statements are written by hand for the same
 * table.
 *
 * @param <K> the key of one of its rows
 */
final class TotalsTable<K> {

    /** The sums every row holds after its key. */
    static final List<SumColumn> SUM_COLUMNS = List.of(new SumColumn("created", Sums::created),
            new SumColumn("alimented", Sums::alimented), new SumColumn("records", Sums::records));

    /**
     * The records the daily rows of a département sum (decision 24), by their territory and their day: the one table
     * a day view reads besides its own, and what tells the last day with data of a département.
     */
    static final String RECORDS = "dmp_creation";

    /** The column of {@link #RECORDS} holding a record's département. */
    static final String RECORD_TERRITORY = "territory_code";

    /** The column of {@link #RECORDS} holding a record's day. */
    static final String RECORD_DAY = "record_date";

    /** Every level (département, region, nation), every granularity, by source; a département's days are a view. */
    static final TotalsTable<SourceKey> BY_SOURCE = new TotalsTable<>("dmp_total", EnumSet.allOf(Granularity.class),
            "dmp_total_day", List.of(territory(SourceKey::territory), granularity(SourceKey::granularity),
                    periodStart(SourceKey::periodStart),
                    new KeyColumn<>("channel", "VARCHAR(16)", key -> key.channel().name()),
                    new KeyColumn<>("practitioner_type", "VARCHAR(24)", SourceKey::practitionerTypeCode)));

    /** The same rows for all sources together: the small table that every read but a breakdown by source sums. */
    static final TotalsTable<TerritoryKey> ALL_SOURCES = new TotalsTable<>("dmp_total_all_sources",
            EnumSet.allOf(Granularity.class), "dmp_total_all_sources_day", List.of(territory(TerritoryKey::territory),
                    granularity(TerritoryKey::granularity), periodStart(TerritoryKey::periodStart)));

    /** By establishment and département of the patients, days and months only. */
    static final TotalsTable<EstablishmentKey> BY_ESTABLISHMENT = new TotalsTable<>("establishment_total",
            EnumSet.of(Granularity.DAY, Granularity.MONTH), null,
            List.of(new KeyColumn<>("finess", "VARCHAR(9)", EstablishmentKey::finess),
                    territory(EstablishmentKey::departement), granularity(EstablishmentKey::granularity),
                    periodStart(EstablishmentKey::periodStart)));

    /** A row of dmp_total; a record without a practitioner type is stored under ''. */
    record SourceKey(String territory, Granularity granularity, LocalDate periodStart, Channel channel,
            PractitionerType practitionerType) {

        String practitionerTypeCode() {
            return practitionerType == null ? "" : practitionerType.name();
        }
    }

    /** A row of dmp_total_all_sources. */
    record TerritoryKey(String territory, Granularity granularity, LocalDate periodStart) {
    }

    /** A row of establishment_total. */
    record EstablishmentKey(String finess, String departement, Granularity granularity, LocalDate periodStart) {
    }

    /**
     * A key column: its name, its SQL type and its value in a key, as bound to a statement.
     *
     * @param <V> its value, bound as it is (a date in ISO-8601, {@link ColumnArrays})
     */
    record KeyColumn<K, V>(String name, String sqlType, Function<K, V> value) {

        private static final Pattern WIDTH = Pattern.compile("\\((\\d+)\\)");

        /** How many characters its values take at most: a date ten, in ISO-8601, which sorts as dates do. */
        private int width() {
            Matcher width = WIDTH.matcher(sqlType);
            return width.find() ? Integer.parseInt(width.group(1)) : 10;
        }
    }

    /** A column of sums: its name and its value in {@link Sums}. */
    record SumColumn(String name, Function<Sums, Long> value) {

        static final String SQL_TYPE = "BIGINT";
    }

    private final String name;
    private final Set<Granularity> granularities;
    private final String dayView;
    private final List<KeyColumn<K, ?>> keys;
    private final int[] widths;

    /**
     * @param dayView the view its daily rows are read from (migration V10): its own daily rows, of the regions and
     *     the nation, and those of the départements summed from their {@link #RECORDS}, which the table does not
     *     hold; or null when the table holds every daily row it is read for
     */
    private TotalsTable(String name, Set<Granularity> granularities, String dayView, List<KeyColumn<K, ?>> keys) {
        this.name = name;
        this.granularities = Set.copyOf(granularities);
        this.dayView = dayView;
        this.keys = keys;
        this.widths = keys.stream().mapToInt(KeyColumn::width).toArray();
    }

    String name() {
        return name;
    }

    /** Its primary key constraint, named alike in every migration. */
    String primaryKey() {
        return name + "_pk";
    }

    Set<Granularity> granularities() {
        return granularities;
    }

    /**
     * Whether the writer keeps rows of this granularity for a territory: a département's daily rows are its records
     * when the table has a {@link #source(Granularity) day view}, and are not stored.
     */
    boolean stores(Granularity granularity, boolean departement) {
        return granularities.contains(granularity)
                && !(departement && granularity == Granularity.DAY && dayView != null);
    }

    /** What a read of rows of this granularity selects from, with the table's columns: the table, or its day view. */
    String source(Granularity granularity) {
        return granularity == Granularity.DAY && dayView != null ? dayView : name;
    }

    List<KeyColumn<K, ?>> keys() {
        return keys;
    }

    /** Every column, keys first, then the sums. */
    List<String> columns() {
        return Stream.concat(keys.stream().map(KeyColumn::name), SUM_COLUMNS.stream().map(SumColumn::name)).toList();
    }

    /**
     * The rows to add sorted by key column after key column: concurrent writers then lock the rows of the table in the
     * same order, and neither waits for a row the other holds while holding one it wants. Each key is spelled once as
     * one string, its columns padded to their width with spaces (below every character a key holds), so the sort
     * compares two strings where a chain of column comparators cost most of a batch's totals.
     */
    List<Map.Entry<K, Sums>> inLockOrder(Map<K, Sums> rows) {
        record Spelled<K>(String order, Map.Entry<K, Sums> row) {
        }
        List<Spelled<K>> spelled = new ArrayList<>(rows.size());
        StringBuilder order = new StringBuilder();
        for (Map.Entry<K, Sums> row : rows.entrySet()) {
            order.setLength(0);
            for (int column = 0; column < widths.length; column++) {
                String value = String.valueOf(keys.get(column).value().apply(row.getKey()));
                order.append(value);
                for (int pad = widths[column] - value.length(); pad > 0; pad--) {
                    order.append(' ');
                }
            }
            spelled.add(new Spelled<>(order.toString(), row));
        }
        spelled.sort(Comparator.comparing(Spelled::order));
        return spelled.stream().map(Spelled::row).toList();
    }

    private static <K> KeyColumn<K, String> territory(Function<K, String> territory) {
        return new KeyColumn<>("territory_code", "VARCHAR(3)", territory);
    }

    private static <K> KeyColumn<K, String> granularity(Function<K, Granularity> granularity) {
        return new KeyColumn<>("granularity", "CHAR(1)", key -> granularity.apply(key).code());
    }

    /** A {@link LocalDate}, bound in ISO-8601 ({@link ColumnArrays}). */
    private static <K> KeyColumn<K, LocalDate> periodStart(Function<K, LocalDate> start) {
        return new KeyColumn<>("period_start", "DATE", start);
    }
}
