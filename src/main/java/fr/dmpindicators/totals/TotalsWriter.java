package fr.dmpindicators.totals;

import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Keeps the totals tables ({@code dmp_total}, {@code establishment_total}, see migrations V2 and V6) exactly in step
 * with the records: every write adds its count changes, in the same transaction, to the day, the month and the year
 * of the record, for its département, region and the nation, by source ({@code dmp_total}) and for all sources
 * together ({@code dmp_total_all_sources}); and to the day and the month for its establishment.
 */
@ApplicationScoped
public class TotalsWriter {

    /*
     * One statement per table and write, whatever the number of rows: the rows travel as one array per column and
     * UNNEST turns them back into rows. Round trips, not rows, are what a batch of many statements costs.
     *
     * The standard MERGE serves H2. On PostgreSQL its planner may join the whole table to the new rows, a cost that
     * grows with the table, so PostgreSQL gets INSERT ... ON CONFLICT, which probes the primary key row by row.
     */
    private static final String UNNEST_TERRITORY = """
            SELECT * FROM UNNEST(CAST(? AS VARCHAR(3) ARRAY), CAST(? AS CHAR(1) ARRAY), CAST(? AS DATE ARRAY),
                                 CAST(? AS VARCHAR(16) ARRAY), CAST(? AS VARCHAR(24) ARRAY),
                                 CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY))
            """;

    private static final String UNNEST_ESTABLISHMENT = """
            SELECT * FROM UNNEST(CAST(? AS VARCHAR(9) ARRAY), CAST(? AS VARCHAR(3) ARRAY), CAST(? AS CHAR(1) ARRAY),
                                 CAST(? AS DATE ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY),
                                 CAST(? AS BIGINT ARRAY))
            """;

    private static final String UPSERT_TERRITORY_POSTGRESQL = """
            INSERT INTO dmp_total AS t (territory_code, granularity, period_start, channel, practitioner_type,
                                        created, alimented, records)
            """ + UNNEST_TERRITORY + """
            ON CONFLICT ON CONSTRAINT dmp_total_pk DO UPDATE SET created = t.created + EXCLUDED.created,
                alimented = t.alimented + EXCLUDED.alimented, records = t.records + EXCLUDED.records
            """;

    private static final String UPSERT_ESTABLISHMENT_POSTGRESQL = """
            INSERT INTO establishment_total AS t (finess, territory_code, granularity, period_start, created,
                                                  alimented, records)
            """ + UNNEST_ESTABLISHMENT + """
            ON CONFLICT ON CONSTRAINT establishment_total_pk DO UPDATE SET created = t.created + EXCLUDED.created,
                alimented = t.alimented + EXCLUDED.alimented, records = t.records + EXCLUDED.records
            """;

    private static final String UPSERT_ALL_SOURCES_POSTGRESQL = """
            INSERT INTO dmp_total_all_sources AS t (territory_code, granularity, period_start, created, alimented,
                                                    records)
            SELECT s.territory_code, s.granularity, s.period_start, s.created, s.alimented, s.records
            FROM (""" + UNNEST_TERRITORY + """
                 ) AS s (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                         records)
            ON CONFLICT ON CONSTRAINT dmp_total_all_sources_pk DO UPDATE SET created = t.created + EXCLUDED.created,
                alimented = t.alimented + EXCLUDED.alimented, records = t.records + EXCLUDED.records
            """;

    /** The rows for all sources together take the same arrays as dmp_total's, their channel and type left aside. */
    private static final String MERGE_ALL_SOURCES = """
            MERGE INTO dmp_total_all_sources t
            USING (""" + UNNEST_TERRITORY + """
                  ) AS s (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                      records)
            ON t.territory_code = s.territory_code AND t.granularity = s.granularity
               AND t.period_start = s.period_start
            WHEN MATCHED THEN UPDATE SET created = t.created + s.created, alimented = t.alimented + s.alimented,
                                         records = t.records + s.records
            WHEN NOT MATCHED THEN INSERT (territory_code, granularity, period_start, created, alimented, records)
                VALUES (s.territory_code, s.granularity, s.period_start, s.created, s.alimented, s.records)
            """;

    private static final String MERGE_TERRITORY = """
            MERGE INTO dmp_total t
            USING (""" + UNNEST_TERRITORY + """
                  ) AS s (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
                      records)
            ON t.territory_code = s.territory_code AND t.granularity = s.granularity
               AND t.period_start = s.period_start AND t.channel = s.channel
               AND t.practitioner_type = s.practitioner_type
            WHEN MATCHED THEN UPDATE SET created = t.created + s.created, alimented = t.alimented + s.alimented,
                                         records = t.records + s.records
            WHEN NOT MATCHED THEN INSERT (territory_code, granularity, period_start, channel, practitioner_type,
                                          created, alimented, records)
                VALUES (s.territory_code, s.granularity, s.period_start, s.channel, s.practitioner_type, s.created,
                        s.alimented, s.records)
            """;

    private static final String MERGE_ESTABLISHMENT = """
            MERGE INTO establishment_total t
            USING (""" + UNNEST_ESTABLISHMENT + """
                  ) AS s (finess, territory_code, granularity, period_start, created, alimented, records)
            ON t.finess = s.finess AND t.territory_code = s.territory_code AND t.granularity = s.granularity
               AND t.period_start = s.period_start
            WHEN MATCHED THEN UPDATE SET created = t.created + s.created, alimented = t.alimented + s.alimented,
                                         records = t.records + s.records
            WHEN NOT MATCHED THEN INSERT (finess, territory_code, granularity, period_start, created, alimented,
                                          records)
                VALUES (s.finess, s.territory_code, s.granularity, s.period_start, s.created, s.alimented, s.records)
            """;

    /** A row of dmp_total. Keys are sorted so that concurrent writers lock rows in the same order. */
    private record TerritoryKey(String territory, char granularity, LocalDate periodStart, String channel,
            String practitionerType) implements Comparable<TerritoryKey> {

        private static final Comparator<TerritoryKey> ORDER = Comparator.comparing(TerritoryKey::territory)
                .thenComparing(TerritoryKey::granularity).thenComparing(TerritoryKey::periodStart)
                .thenComparing(TerritoryKey::channel).thenComparing(TerritoryKey::practitionerType);

        @Override
        public int compareTo(TerritoryKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** A row of establishment_total. */
    private record EstablishmentKey(String finess, String territory, char granularity, LocalDate periodStart)
            implements Comparable<EstablishmentKey> {

        private static final Comparator<EstablishmentKey> ORDER = Comparator.comparing(EstablishmentKey::finess)
                .thenComparing(EstablishmentKey::territory).thenComparing(EstablishmentKey::granularity)
                .thenComparing(EstablishmentKey::periodStart);

        @Override
        public int compareTo(EstablishmentKey o) {
            return ORDER.compare(this, o);
        }
    }

    @Inject
    EntityManager entityManager;

    private final boolean postgresql;

    @Inject
    TotalsWriter(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        postgresql = databaseKind.equals("postgresql");
    }

    @Inject
    TerritoryHierarchy hierarchy;

    public void apply(Collection<CountChange> changes) {
        Map<TerritoryKey, long[]> territoryTotals = new TreeMap<>();
        Map<TerritoryKey, long[]> allSourcesTotals = new TreeMap<>();
        Map<EstablishmentKey, long[]> establishmentTotals = new TreeMap<>();
        for (CountChange change : changes) {
            String practitionerType = change.practitionerType() == null ? "" : change.practitionerType().name();
            for (String territory : levelsOf(change.departement())) {
                for (char granularity : new char[] {'D', 'M', 'Y'}) {
                    LocalDate start = periodStart(granularity, change.date());
                    add(territoryTotals, new TerritoryKey(territory, granularity, start, change.channel().name(),
                            practitionerType), change);
                    add(allSourcesTotals, new TerritoryKey(territory, granularity, start, "", ""), change);
                }
            }
            if (change.finess() != null) {
                for (char granularity : new char[] {'D', 'M'}) {
                    add(establishmentTotals, new EstablishmentKey(change.finess(), change.departement(), granularity,
                            periodStart(granularity, change.date())), change);
                }
            }
        }
        territoryTotals.values().removeIf(TotalsWriter::isZero);
        allSourcesTotals.values().removeIf(TotalsWriter::isZero);
        establishmentTotals.values().removeIf(TotalsWriter::isZero);
        entityManager.unwrap(Session.class).doWork(connection -> {
            mergeTerritoryTotals(connection, postgresql ? UPSERT_TERRITORY_POSTGRESQL : MERGE_TERRITORY,
                    territoryTotals);
            mergeTerritoryTotals(connection, postgresql ? UPSERT_ALL_SOURCES_POSTGRESQL : MERGE_ALL_SOURCES,
                    allSourcesTotals);
            mergeEstablishmentTotals(connection, postgresql ? UPSERT_ESTABLISHMENT_POSTGRESQL : MERGE_ESTABLISHMENT,
                    establishmentTotals);
        });
    }

    private List<String> levelsOf(String departement) {
        String region = hierarchy.find(departement).map(t -> t.parentCode).orElseThrow();
        return List.of(departement, region, Territory.NATION_CODE);
    }

    private static LocalDate periodStart(char granularity, LocalDate date) {
        return switch (granularity) {
            case 'Y' -> date.withDayOfYear(1);
            case 'M' -> date.withDayOfMonth(1);
            default -> date;
        };
    }

    private static <K> void add(Map<K, long[]> totals, K key, CountChange change) {
        long[] sums = totals.computeIfAbsent(key, k -> new long[3]);
        sums[0] += change.created();
        sums[1] += change.alimented();
        sums[2] += change.records();
    }

    private static boolean isZero(long[] sums) {
        return sums[0] == 0 && sums[1] == 0 && sums[2] == 0;
    }

    private static void mergeTerritoryTotals(Connection connection, String sql, Map<TerritoryKey, long[]> totals)
            throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(sql)) {
            List<TerritoryKey> keys = List.copyOf(totals.keySet());
            merge.setArray(1, column(connection, "varchar", keys, TerritoryKey::territory));
            merge.setArray(2, column(connection, "char", keys, key -> String.valueOf(key.granularity())));
            merge.setArray(3, column(connection, "date", keys, key -> Date.valueOf(key.periodStart())));
            merge.setArray(4, column(connection, "varchar", keys, TerritoryKey::channel));
            merge.setArray(5, column(connection, "varchar", keys, TerritoryKey::practitionerType));
            setSums(connection, merge, 6, totals.values());
            merge.executeUpdate();
        }
    }

    private static void mergeEstablishmentTotals(Connection connection, String sql,
            Map<EstablishmentKey, long[]> totals) throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(sql)) {
            List<EstablishmentKey> keys = List.copyOf(totals.keySet());
            merge.setArray(1, column(connection, "varchar", keys, EstablishmentKey::finess));
            merge.setArray(2, column(connection, "varchar", keys, EstablishmentKey::territory));
            merge.setArray(3, column(connection, "char", keys, key -> String.valueOf(key.granularity())));
            merge.setArray(4, column(connection, "date", keys, key -> Date.valueOf(key.periodStart())));
            setSums(connection, merge, 5, totals.values());
            merge.executeUpdate();
        }
    }

    /** One part of every key, in the keys' order, as an SQL array of this element type. */
    private static <K> Array column(Connection connection, String type, List<K> keys, Function<K, Object> part)
            throws SQLException {
        return connection.createArrayOf(type, keys.stream().map(part).toArray());
    }

    /** The created, alimented and records sums, in the keys' order, as three array parameters. */
    private static void setSums(Connection connection, PreparedStatement merge, int firstIndex,
            Collection<long[]> sums) throws SQLException {
        for (int i = 0; i < 3; i++) {
            int sum = i;
            merge.setArray(firstIndex + i, connection.createArrayOf("bigint",
                    sums.stream().map(values -> values[sum]).toArray()));
        }
    }
}
