package fr.dmpindicators.migration;

import fr.dmpindicators.migration.LegacyDataset.Establishment;
import fr.dmpindicators.migration.LegacyDataset.Objective;
import fr.dmpindicators.migration.LegacyDataset.Population;
import fr.dmpindicators.migration.LegacyDataset.Record;
import fr.dmpindicators.migration.LegacyDataset.Revision;
import fr.dmpindicators.migration.LegacyDataset.Territory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link LegacyDataset} with plain JDBC into a database whose schema stands at one earlier migration
 * version, as the release of that version left it: the same rows its services stored, and from V2 on the totals its
 * {@code TotalsWriter} kept (days and months only, by source, for the département, its region and the nation, and by
 * establishment), rows of deleted records left at zero. Ids stay below the sequences' current values, as Hibernate's
 * pooled ids leave them.
 */
final class LegacySchema {

    private final Connection connection;
    private final boolean postgresql;

    LegacySchema(Connection connection, boolean postgresql) {
        this.connection = connection;
        this.postgresql = postgresql;
    }

    void store(LegacyDataset data, int version) throws SQLException {
        connection.setAutoCommit(false);
        List<Territory> territories = data.territories.values().stream()
                .sorted(Comparator.comparing((Territory t) -> levelRank(t.level())).thenComparing(Territory::code))
                .toList();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO territory (code, name, territory_level, parent_code) VALUES (?, ?, ?, ?)")) {
            for (Territory t : territories) {
                insert.setString(1, t.code());
                insert.setString(2, t.name());
                insert.setString(3, t.level());
                insert.setString(4, t.parent());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reference_population"
                + " (territory_code, population_year, population, source_label) VALUES (?, ?, ?, ?)")) {
            for (Population p : data.populations) {
                insert.setString(1, p.territory());
                insert.setInt(2, p.year());
                insert.setLong(3, p.population());
                insert.setString(4, p.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO establishment (finess, name, category, territory_code) VALUES (?, ?, ?, ?)")) {
            for (Establishment e : data.establishments) {
                insert.setString(1, e.finess());
                insert.setString(2, e.name());
                insert.setString(3, e.category());
                insert.setString(4, e.departement());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dmp_creation (id, record_date,"
                + " territory_code, channel, finess, practitioner_type, created, alimented, recorded_at, natural_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Record r : data.kept()) {
                insert.setLong(1, r.id());
                insert.setDate(2, Date.valueOf(r.date()));
                insert.setString(3, r.departement());
                insert.setString(4, r.channel());
                insert.setString(5, r.finess());
                insert.setString(6, r.practitionerType());
                insert.setLong(7, r.created());
                insert.setLong(8, r.alimented());
                insert.setTimestamp(9, Timestamp.valueOf(r.date().plusDays(1).atTime(6, 30)));
                insert.setString(10, r.naturalKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        advance("dmp_creation_seq", data.records.stream().mapToLong(Record::id).max().orElse(0));
        if (version >= 2) {
            storeTotals(data);
        }
        if (version >= 3) {
            storeObjectives(data);
        }
        if (version >= 4) {
            storeAuditTrail(data);
        }
        connection.commit();
    }

    /** The audit trail of the records pushed since the release that brought it: those dated 2023 and later. */
    static List<Record> audited(LegacyDataset data) {
        return data.kept().stream().filter(r -> r.date().getYear() >= 2023).toList();
    }

    private void storeAuditTrail(LegacyDataset data) throws SQLException {
        List<Record> audited = audited(data);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor,"
                + " client_id, request_id, entity, entity_key, action, before_value, after_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = 1;
            for (Record r : audited) {
                insert.setLong(1, id++);
                insert.setTimestamp(2, Timestamp.valueOf(r.date().plusDays(1).atTime(6, 30)));
                insert.setString(3, "producer-" + data.regionOf(r.departement()));
                insert.setString(4, "ars-connector");
                insert.setString(5, "req-" + r.id());
                insert.setString(6, "DMP_CREATION");
                insert.setString(7, r.naturalKey());
                insert.setString(8, "CREATE");
                insert.setString(9, null);
                insert.setString(10, "{\"created\":" + r.created() + ",\"alimented\":" + r.alimented() + "}");
                insert.addBatch();
            }
            insert.executeBatch();
            advance("audit_entry_seq", id - 1);
        }
    }

    private void storeObjectives(LegacyDataset data) throws SQLException {
        try (PreparedStatement objective = connection.prepareStatement("INSERT INTO objective (id, territory_code,"
                + " metric, start_date, created_at) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement revision = connection.prepareStatement("INSERT INTO objective_revision"
                        + " (objective_id, revision, target_value, due_date, label, reason, effective_date,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Objective o : data.objectives) {
                objective.setLong(1, o.id());
                objective.setString(2, o.territory());
                objective.setString(3, o.metric());
                objective.setDate(4, Date.valueOf(o.startDate()));
                objective.setTimestamp(5, Timestamp.valueOf(o.startDate().atTime(9, 0)));
                objective.executeUpdate();
                for (Revision r : o.revisions()) {
                    revision.setLong(1, o.id());
                    revision.setInt(2, r.revision());
                    revision.setDouble(3, r.target());
                    revision.setDate(4, Date.valueOf(r.dueDate()));
                    revision.setString(5, r.label());
                    revision.setString(6, r.reason());
                    revision.setDate(7, r.effectiveDate() == null ? null : Date.valueOf(r.effectiveDate()));
                    revision.setTimestamp(8, Timestamp.valueOf(o.startDate().plusMonths(r.revision()).atTime(9, 0)));
                    revision.executeUpdate();
                }
            }
        }
        advance("objective_seq", data.objectives.stream().mapToLong(Objective::id).max().orElse(0));
    }

    /**
     * The totals as the releases of V2 to V5 kept them: every push added its counts to the day and the month of the
     * record by source, for the département, its region and the nation, and by establishment; a deletion took them
     * away again, leaving the row at zero.
     */
    private void storeTotals(LegacyDataset data) throws SQLException {
        Map<List<Object>, long[]> byTerritory = new TreeMap<>(LegacySchema::compareKeys);
        Map<List<Object>, long[]> byEstablishment = new TreeMap<>(LegacySchema::compareKeys);
        for (Record r : data.records) {
            long[] counts = r.deleted() ? new long[3] : new long[] {r.created(), r.alimented(), 1};
            for (String granularity : List.of("D", "M")) {
                LocalDate start = granularity.equals("D") ? r.date() : r.date().withDayOfMonth(1);
                for (String territory : data.levelsOf(r.departement())) {
                    add(byTerritory, List.of(territory, granularity, start, r.channel(),
                            r.practitionerType() == null ? "" : r.practitionerType()), counts);
                }
                if (r.finess() != null) {
                    add(byEstablishment, List.of(r.finess(), r.departement(), granularity, start), counts);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dmp_total (territory_code,"
                + " granularity, period_start, channel, practitioner_type, created, alimented, records)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, long[]> total : byTerritory.entrySet()) {
                List<Object> key = total.getKey();
                insert.setString(1, (String) key.get(0));
                insert.setString(2, (String) key.get(1));
                insert.setDate(3, Date.valueOf((LocalDate) key.get(2)));
                insert.setString(4, (String) key.get(3));
                insert.setString(5, (String) key.get(4));
                setSums(insert, 6, total.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO establishment_total (finess,"
                + " territory_code, granularity, period_start, created, alimented, records)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, long[]> total : byEstablishment.entrySet()) {
                List<Object> key = total.getKey();
                insert.setString(1, (String) key.get(0));
                insert.setString(2, (String) key.get(1));
                insert.setString(3, (String) key.get(2));
                insert.setDate(4, Date.valueOf((LocalDate) key.get(3)));
                setSums(insert, 5, total.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Draws from a sequence until its current value reaches the highest id handed out. */
    private void advance(String sequence, long highestId) throws SQLException {
        String next = postgresql ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (Statement statement = connection.createStatement()) {
            long value;
            do {
                try (ResultSet rs = statement.executeQuery(next)) {
                    rs.next();
                    value = rs.getLong(1);
                }
            } while (value < highestId);
        }
    }

    private static void add(Map<List<Object>, long[]> totals, List<Object> key, long[] counts) {
        long[] sums = totals.computeIfAbsent(key, k -> new long[3]);
        for (int i = 0; i < 3; i++) {
            sums[i] += counts[i];
        }
    }

    private static void setSums(PreparedStatement insert, int first, long[] sums) throws SQLException {
        for (int i = 0; i < 3; i++) {
            insert.setLong(first + i, sums[i]);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int levelRank(String level) {
        return switch (level) {
            case "NATION" -> 0;
            case "REGION" -> 1;
            default -> 2;
        };
    }
}
