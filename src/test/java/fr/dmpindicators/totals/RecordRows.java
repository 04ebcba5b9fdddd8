package fr.dmpindicators.totals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Records stored in {@code dmp_creation} beside the count changes a test gives the writer, as the record pipeline
 * stores them: a département's daily totals are read from its records (decision 24), so a test of the totals alone
 * stores the records its changes stand for. Each record is given as the change that stored it (its counts, one
 * record); ids and natural keys are negative and the test's own, apart from those of the service.
 */
final class RecordRows {

    private static final AtomicLong NEXT_ID = new AtomicLong(-1);

    private RecordRows() {
    }

    /**
     * Stores one record per change, each change the record's own counts, on the current transaction's connection (the
     * one the pool gives every statement of a transaction, as the totals version's move takes it).
     */
    static List<Long> store(DataSource dataSource, Collection<CountChange> records) throws SQLException {
        List<Long> ids = records.stream().map(record -> NEXT_ID.getAndDecrement()).toList();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dmp_creation (id, record_date,"
                    + " territory_code, channel, finess, practitioner_type, created, alimented, recorded_at,"
                    + " natural_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (CountChange record : records) {
                    long id = ids.get(i++);
                    insert.setLong(1, id);
                    insert.setDate(2, Date.valueOf(record.date()));
                    insert.setString(3, record.departement());
                    insert.setString(4, record.channel().name());
                    insert.setString(5, record.finess());
                    insert.setString(6, record.practitionerType() == null ? null : record.practitionerType().name());
                    insert.setLong(7, record.created());
                    insert.setLong(8, record.alimented());
                    insert.setTimestamp(9, Timestamp.from(Instant.now()));
                    insert.setString(10, "totals-test|" + id);
                    insert.addBatch();
                    if (i % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return ids;
    }

    /** Removes the records of these ids, on the current transaction's connection. */
    static void remove(DataSource dataSource, Collection<Long> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM dmp_creation WHERE id = ?")) {
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
