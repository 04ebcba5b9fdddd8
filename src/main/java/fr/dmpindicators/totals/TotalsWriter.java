package fr.dmpindicators.totals;

import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.TotalsTable.EstablishmentKey;
import fr.dmpindicators.totals.TotalsTable.SourceKey;
import fr.dmpindicators.totals.TotalsTable.TerritoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Keeps the totals tables ({@link TotalsTable}) exactly in step with the records: every write adds its count changes,
 * in the same transaction, to the month and the year of the record for its département, region and the nation, and
 * to its day for the region and the nation, by source and for all sources together; and to the day and the month for
 * its establishment. A département's daily rows are its records themselves, read through the tables' day views
 * (decision 24), so none is written.
 */
@ApplicationScoped
public class TotalsWriter {

    @Inject
    EntityManager entityManager;

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    TotalsDialect dialect;

    @Inject
    TotalsVersion version;

    public void apply(Collection<CountChange> changes) {
        // Added up by hash first, sorted once: each key's order costs a chain of comparators, and a batch of ten
        // thousand records adds up some two hundred thousand changes into far fewer rows.
        Map<SourceKey, Sums> bySource = new HashMap<>();
        Map<TerritoryKey, Sums> allSources = new HashMap<>();
        Map<EstablishmentKey, Sums> byEstablishment = new HashMap<>();
        for (CountChange change : changes) {
            for (String territory : levelsOf(change.departement())) {
                boolean departement = territory.equals(change.departement());
                for (Granularity granularity : Granularity.values()) {
                    LocalDate start = granularity.startOf(change.date());
                    if (TotalsTable.BY_SOURCE.stores(granularity, departement)) {
                        add(bySource, new SourceKey(territory, granularity, start, change.channel(),
                                change.practitionerType()), change);
                    }
                    if (TotalsTable.ALL_SOURCES.stores(granularity, departement)) {
                        add(allSources, new TerritoryKey(territory, granularity, start), change);
                    }
                }
            }
            if (change.finess() != null) {
                for (Granularity granularity : TotalsTable.BY_ESTABLISHMENT.granularities()) {
                    add(byEstablishment, new EstablishmentKey(change.finess(), change.departement(), granularity,
                            granularity.startOf(change.date())), change);
                }
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            add(connection, TotalsTable.BY_SOURCE, bySource);
            add(connection, TotalsTable.ALL_SOURCES, allSources);
            add(connection, TotalsTable.BY_ESTABLISHMENT, byEstablishment);
        });
    }

    private List<String> levelsOf(String departement) {
        String region = hierarchy.find(departement).map(t -> t.parentCode).orElseThrow();
        return List.of(departement, region, Territory.NATION_CODE);
    }

    private static <K> void add(Map<K, Sums> rows, K key, CountChange change) {
        rows.merge(key, change.sums(), Sums::plus);
    }

    /**
     * Rows whose changes cancel out are left alone: no statement creates or touches them, and changes that all cancel
     * out leave the totals version where it was.
     */
    private <K> void add(Connection connection, TotalsTable<K> table, Map<K, Sums> rows) throws SQLException {
        rows.values().removeIf(Sums.NONE::equals);
        if (!rows.isEmpty()) {
            version.changing();
            dialect.add(connection, table, table.inLockOrder(rows));
        }
    }
}
