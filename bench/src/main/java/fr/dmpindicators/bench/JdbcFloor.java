package fr.dmpindicators.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * The floor no service can beat: the same rows inserted by plain JDBC batches of 10 000, one transaction each, into
 * a table shaped like {@code dmp_creation} (same columns, keys, constraints and indexes) in the same database.
 */
final class JdbcFloor {

    private static final String TABLE = """
            CREATE TABLE floor_dmp_creation (
                id                BIGINT       NOT NULL PRIMARY KEY,
                record_date       DATE         NOT NULL,
                territory_code    VARCHAR(3)   NOT NULL REFERENCES territory (code),
                channel           VARCHAR(16)  NOT NULL,
                finess            VARCHAR(9)   REFERENCES establishment (finess),
                practitioner_type VARCHAR(24),
                created           BIGINT       NOT NULL CHECK (created >= 0),
                alimented         BIGINT       NOT NULL CHECK (alimented >= 0),
                recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
                natural_key       VARCHAR(64)  NOT NULL,
                CONSTRAINT floor_natural_key_uq UNIQUE (natural_key)
            )""";

    private static final String[] INDEXES = {
        "CREATE INDEX floor_territory_date_idx ON floor_dmp_creation (territory_code, record_date)",
        "CREATE INDEX floor_date_idx ON floor_dmp_creation (record_date)",
        "CREATE INDEX floor_finess_idx ON floor_dmp_creation (finess)"};

    private JdbcFloor() {
    }

    /** Inserts records 0 to {@code count} and answers the seconds it took; the table is dropped afterwards. */
    static double insert(Database database, Dataset dataset, long count, int batchSize) throws Exception {
        try (Connection connection = database.connect(); Statement ddl = connection.createStatement()) {
            ddl.execute(TABLE);
            for (String index : INDEXES) {
                ddl.execute(index);
            }
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO floor_dmp_creation (id, "
                    + "record_date, territory_code, channel, finess, practitioner_type, created, alimented, "
                    + "recorded_at, natural_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long number = 0; number < count; number++) {
                    Dataset.Row row = dataset.row(number);
                    insert.setLong(1, number + 1);
                    insert.setDate(2, Date.valueOf(row.date()));
                    insert.setString(3, row.territory());
                    insert.setString(4, row.channel());
                    setNullable(insert, 5, row.finess());
                    setNullable(insert, 6, row.practitionerType());
                    insert.setLong(7, row.created());
                    insert.setLong(8, row.alimented());
                    insert.setTimestamp(9, now);
                    insert.setString(10, row.naturalKey());
                    insert.addBatch();
                    if ((number + 1) % batchSize == 0 || number + 1 == count) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            connection.setAutoCommit(true);
            ddl.execute("DROP TABLE floor_dmp_creation");
            return seconds;
        }
    }

    private static void setNullable(PreparedStatement insert, int index, String value) throws Exception {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
