package fr.dmpindicators.record;

import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Keeps the totals tables ({@code dmp_total}, {@code establishment_total}, see migration V2) exactly in step with
 * the records: every write adds its count changes, in the same transaction, to the day and the month of the
 * record, for its département, region and the nation, and for its establishment.
 */
@ApplicationScoped
public class RecordTotals {

    private static final String MERGE_TERRITORY = """
            MERGE INTO dmp_total t
            USING (VALUES (CAST(? AS VARCHAR(3)), CAST(? AS CHAR(1)), CAST(? AS DATE), CAST(? AS VARCHAR(16)),
                           CAST(? AS VARCHAR(24)), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
                AS s (territory_code, granularity, period_start, channel, practitioner_type, created, alimented,
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
            USING (VALUES (CAST(? AS VARCHAR(9)), CAST(? AS VARCHAR(3)), CAST(? AS CHAR(1)), CAST(? AS DATE),
                           CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
                AS s (finess, territory_code, granularity, period_start, created, alimented, records)
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
        @Override
        public int compareTo(TerritoryKey o) {
            return (territory + granularity + periodStart + channel + practitionerType)
                    .compareTo(o.territory + o.granularity + o.periodStart + o.channel + o.practitionerType);
        }
    }

    /** A row of establishment_total. */
    private record EstablishmentKey(String finess, String territory, char granularity, LocalDate periodStart)
            implements Comparable<EstablishmentKey> {
        @Override
        public int compareTo(EstablishmentKey o) {
            return (finess + territory + granularity + periodStart)
                    .compareTo(o.finess + o.territory + o.granularity + o.periodStart);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    TerritoryHierarchy hierarchy;

    public void apply(Collection<CountChange> changes) {
        Map<TerritoryKey, long[]> territoryTotals = new TreeMap<>();
        Map<EstablishmentKey, long[]> establishmentTotals = new TreeMap<>();
        for (CountChange change : changes) {
            for (String territory : levelsOf(change.departement())) {
                for (char granularity : new char[] {'D', 'M'}) {
                    add(territoryTotals, new TerritoryKey(territory, granularity, periodStart(granularity,
                            change.date()), change.channel().name(), change.practitionerType() == null ? ""
                                    : change.practitionerType().name()), change);
                }
            }
            if (change.finess() != null) {
                for (char granularity : new char[] {'D', 'M'}) {
                    add(establishmentTotals, new EstablishmentKey(change.finess(), change.departement(), granularity,
                            periodStart(granularity, change.date())), change);
                }
            }
        }
        territoryTotals.values().removeIf(RecordTotals::isZero);
        establishmentTotals.values().removeIf(RecordTotals::isZero);
        entityManager.unwrap(Session.class).doWork(connection -> {
            mergeTerritoryTotals(connection, territoryTotals);
            mergeEstablishmentTotals(connection, establishmentTotals);
        });
    }

    private List<String> levelsOf(String departement) {
        String region = hierarchy.find(departement).map(t -> t.parentCode).orElseThrow();
        return List.of(departement, region, Territory.NATION_CODE);
    }

    private static LocalDate periodStart(char granularity, LocalDate date) {
        return granularity == 'D' ? date : date.withDayOfMonth(1);
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

    private static void mergeTerritoryTotals(Connection connection, Map<TerritoryKey, long[]> totals)
            throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE_TERRITORY)) {
            for (Map.Entry<TerritoryKey, long[]> total : totals.entrySet()) {
                TerritoryKey key = total.getKey();
                merge.setString(1, key.territory());
                merge.setString(2, String.valueOf(key.granularity()));
                merge.setDate(3, Date.valueOf(key.periodStart()));
                merge.setString(4, key.channel());
                merge.setString(5, key.practitionerType());
                setSums(merge, 6, total.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static void mergeEstablishmentTotals(Connection connection, Map<EstablishmentKey, long[]> totals)
            throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE_ESTABLISHMENT)) {
            for (Map.Entry<EstablishmentKey, long[]> total : totals.entrySet()) {
                EstablishmentKey key = total.getKey();
                merge.setString(1, key.finess());
                merge.setString(2, key.territory());
                merge.setString(3, String.valueOf(key.granularity()));
                merge.setDate(4, Date.valueOf(key.periodStart()));
                setSums(merge, 5, total.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    private static void setSums(PreparedStatement merge, int firstIndex, long[] sums) throws SQLException {
        merge.setLong(firstIndex, sums[0]);
        merge.setLong(firstIndex + 1, sums[1]);
        merge.setLong(firstIndex + 2, sums[2]);
    }
}
