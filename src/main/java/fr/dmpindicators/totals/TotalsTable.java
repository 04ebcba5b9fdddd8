package fr.dmpindicators.totals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One totals table, described once (migrations V2 and V6): its name, its key columns with their SQL types and the
 * granularities it holds. Each row also holds the three {@link Sums} columns; the dialects derive their statements
 * from this description, so no two statements are written by hand for the same table.
 *
 * @param <K> the key of one of its rows
 */
final class TotalsTable<K> {

    /** The sums every row holds after its key. */
    static final List<SumColumn> SUM_COLUMNS = List.of(new SumColumn("created", Sums::created),
            new SumColumn("alimented", Sums::alimented), new SumColumn("records", Sums::records));

    /** Every level (département, region, nation), every granularity, by source. */
    static final TotalsTable<SourceKey> BY_SOURCE = new TotalsTable<>("dmp_total", EnumSet.allOf(Granularity.class),
            List.of(territory(SourceKey::territory), granularity(SourceKey::granularity),
                    periodStart(SourceKey::periodStart),
                    new KeyColumn<>("channel", "VARCHAR(16)", key -> key.channel().name()),
                    new KeyColumn<>("practitioner_type", "VARCHAR(24)", SourceKey::practitionerTypeCode)));

    /** The same rows for all sources together: the small table that every read but a breakdown by source sums. */
    static final TotalsTable<TerritoryKey> ALL_SOURCES = new TotalsTable<>("dmp_total_all_sources",
            EnumSet.allOf(Granularity.class), List.of(territory(TerritoryKey::territory),
                    granularity(TerritoryKey::granularity), periodStart(TerritoryKey::periodStart)));

    /** By establishment and département of the patients, days and months only. */
    static final TotalsTable<EstablishmentKey> BY_ESTABLISHMENT = new TotalsTable<>("establishment_total",
            EnumSet.of(Granularity.DAY, Granularity.MONTH),
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
     * @param <V> a value that orders as the database orders the column
     */
    record KeyColumn<K, V extends Comparable<? super V>>(String name, String sqlType, Function<K, V> value) {

        private Comparator<K> after(Comparator<K> order) {
            return order.thenComparing(value);
        }
    }

    /** A column of sums: its name and its value in {@link Sums}. */
    record SumColumn(String name, Function<Sums, Long> value) {

        static final String SQL_TYPE = "BIGINT";
    }

    private final String name;
    private final Set<Granularity> granularities;
    private final List<KeyColumn<K, ?>> keys;
    private final Comparator<K> lockOrder;

    private TotalsTable(String name, Set<Granularity> granularities, List<KeyColumn<K, ?>> keys) {
        this.name = name;
        this.granularities = Set.copyOf(granularities);
        this.keys = keys;
        Comparator<K> order = (a, b) -> 0;
        for (KeyColumn<K, ?> key : keys) {
            order = key.after(order);
        }
        this.lockOrder = order;
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

    List<KeyColumn<K, ?>> keys() {
        return keys;
    }

    /** Every column, keys first, then the sums. */
    List<String> columns() {
        return Stream.concat(keys.stream().map(KeyColumn::name), SUM_COLUMNS.stream().map(SumColumn::name)).toList();
    }

    /**
     * An empty set of rows to add, sorted by key column after key column: concurrent writers then lock the rows of
     * the table in the same order, and neither waits for a row the other holds while holding one it wants.
     */
    SortedMap<K, Sums> newRows() {
        return new TreeMap<>(lockOrder);
    }

    private static <K> KeyColumn<K, String> territory(Function<K, String> territory) {
        return new KeyColumn<>("territory_code", "VARCHAR(3)", territory);
    }

    private static <K> KeyColumn<K, String> granularity(Function<K, Granularity> granularity) {
        return new KeyColumn<>("granularity", "CHAR(1)", key -> granularity.apply(key).code());
    }

    /** Ordered as a {@link LocalDate}, bound as a {@link java.sql.Date} ({@link ColumnArrays}). */
    private static <K> KeyColumn<K, LocalDate> periodStart(Function<K, LocalDate> start) {
        return new KeyColumn<>("period_start", "DATE", start);
    }
}
