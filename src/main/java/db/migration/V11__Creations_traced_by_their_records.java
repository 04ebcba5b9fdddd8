package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V11: a record's creation traced by the record itself (decision 25). A write that creates records stores one row
 * in {@code audit_write} (when, who, which client, which request); each record it creates keeps that row's id and the
 * counts it was created with; the view {@code audit_trail} is the trail as before: the rows of {@code audit_entry},
 * and one {@code CREATE} entry per record whose {@code write_id} is set, with the same columns and values the trail
 * wrote for it until V11 ({@code {"alimented":N,"created":M}}). Records created before V11 keep their real entries.
 *
 * <p>A synthesized entry's id is its record's id, so from V11 on records and audit entries draw their ids from one
 * sequence, {@code trail_id_seq}, started above every id the two earlier sequences handed out. {@code START WITH}
 * takes a constant on both databases and reading a sequence is not written alike on H2 and PostgreSQL, which is why
 * this migration is Java; every other statement is the same SQL on both.
 */
public class V11__Creations_traced_by_their_records extends BaseJavaMigration {

    /** The sequences' increment and Hibernate's {@code allocationSize} (V5). */
    private static final long BLOCK = 1000;

    private static final List<String> STATEMENTS = List.of(
            // One row per write that creates records: what every creation entry of the write shares.
            """
            CREATE TABLE audit_write (
                id            BIGINT        NOT NULL PRIMARY KEY,
                occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
                actor         VARCHAR(200)  NOT NULL,
                client_id     VARCHAR(200),
                request_id    VARCHAR(64)   NOT NULL
            )""",
            "CREATE INDEX audit_write_occurred_idx ON audit_write (occurred_at)",
            "CREATE INDEX audit_write_request_idx ON audit_write (request_id)",
            "CREATE INDEX audit_write_actor_idx ON audit_write (actor, occurred_at)",
            // The write that created a record (NULL before V11: those records' creations are audit_entry rows) and
            // the counts it was created with, so its creation entry stays the same once the record is updated. No
            // foreign key to audit_write: the database would check it for every record a batch inserts.
            "ALTER TABLE dmp_creation ADD COLUMN write_id BIGINT",
            "ALTER TABLE dmp_creation ADD COLUMN first_created BIGINT",
            "ALTER TABLE dmp_creation ADD COLUMN first_alimented BIGINT",
            "CREATE INDEX dmp_creation_write_idx ON dmp_creation (write_id)",
            // The whole trail, as audit_entry held it until V11. The second branch is ordered as the trail is read,
            // newest first: PostgreSQL plans a branch of UNION ALL that joins without the outer query's order, and
            // without this sorted all records by their write's instant for the unfiltered first page (1.5 s at a
            // million records); ordered, it reads the newest write's records from the indexes and stops. The order
            // changes no result, and H2 reads the view as before.
            """
            CREATE VIEW audit_trail (id, occurred_at, actor, client_id, request_id, entity, entity_key, action,
                    before_value, after_value) AS
            SELECT id, occurred_at, actor, client_id, request_id, entity, entity_key, action, before_value,
                    after_value
            FROM audit_entry
            UNION ALL
            (SELECT r.id, w.occurred_at, w.actor, w.client_id, w.request_id, CAST('DMP_CREATION' AS VARCHAR(32)),
                    r.natural_key, CAST('CREATE' AS VARCHAR(10)), CAST(NULL AS VARCHAR(2000)),
                    CAST('{"alimented":' || CAST(r.first_alimented AS VARCHAR(20)) || ',"created":'
                            || CAST(r.first_created AS VARCHAR(20)) || '}' AS VARCHAR(2000))
            FROM dmp_creation r JOIN audit_write w ON w.id = r.write_id
            ORDER BY w.occurred_at DESC)""");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            long highest = Math.max(Math.max(next(statement, "dmp_creation_seq", postgresql),
                    next(statement, "audit_entry_seq", postgresql)),
                    Math.max(highest(statement, "dmp_creation"), highest(statement, "audit_entry")));
            // Hibernate's pooled optimizer hands out the block ending at the value the sequence returns: the first
            // one, [highest + 1, highest + 1000], lies above every id handed out.
            statement.execute("CREATE SEQUENCE trail_id_seq START WITH " + (highest + BLOCK) + " INCREMENT BY "
                    + BLOCK);
            statement.execute("DROP SEQUENCE dmp_creation_seq");
            statement.execute("DROP SEQUENCE audit_entry_seq");
            if (postgresql) {
                // Writes hold from one record (a single push) to ten thousand: from its default sample PostgreSQL
                // took a write for hundreds of records (3 861 writes for 101 000, at 1.2 million records) and read
                // an actor's creations by scanning every record; a sample ten times larger keeps it on the index.
                statement.execute("ALTER TABLE dmp_creation ALTER COLUMN write_id SET STATISTICS 1000");
            }
        }
    }

    /** The sequence's next value: above every id it handed out. */
    private static long next(Statement statement, String sequence, boolean postgresql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(postgresql ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long highest(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
