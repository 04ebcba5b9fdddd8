package fr.dmpindicators.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** A database the service runs on during the benchmark, with what the driver needs to reach it. */
interface Database extends AutoCloseable {

    String kind();

    String jdbcUrl();

    String user();

    String password();

    long sizeBytes() throws Exception;

    /** Each table of the service with its indexes, largest first: what the database size is made of. */
    default Map<String, Long> tableBytes() throws SQLException {
        Map<String, Long> tables = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(tableSizesQuery())) {
            while (rows.next()) {
                tables.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getLong(2));
            }
        }
        return tables;
    }

    /** Table name and bytes, one row per table, largest first. */
    String tableSizesQuery();

    default Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    @Override
    void close() throws IOException;

    /**
     * A real PostgreSQL 18 server (zonky's binaries from Maven Central) with durable commits, as in production: the
     * embedded default of turning fsync off would flatter every write.
     */
    static Database postgresql(Path directory, int port) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true)
                .setPort(port).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB").start();
        try (Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE dmp");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        // reWriteBatchedInserts: the driver sends a JDBC batch as multi-row inserts, for the service and the floor.
        String url = "jdbc:postgresql://localhost:" + port + "/dmp?reWriteBatchedInserts=true";
        return new Database() {
            public String kind() {
                return "postgresql";
            }

            public String jdbcUrl() {
                return url;
            }

            public String user() {
                return "postgres";
            }

            public String password() {
                return "postgres";
            }

            public String tableSizesQuery() {
                return "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC";
            }

            public long sizeBytes() throws SQLException {
                try (Connection connection = connect(); Statement statement = connection.createStatement();
                        ResultSet size = statement.executeQuery("SELECT pg_database_size('dmp')")) {
                    size.next();
                    return size.getLong(1);
                }
            }

            public void close() throws IOException {
                server.close();
            }
        };
    }

    /** H2 in a file, the service's embedded default; only one process opens it at a time. */
    static Database h2(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(directory);
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("dmp-indicators");
        return new Database() {
            public String kind() {
                return "h2";
            }

            public String jdbcUrl() {
                return url;
            }

            public String user() {
                return "sa";
            }

            public String password() {
                return "";
            }

            // H2 estimates each table's pages, its indexes included (DISK_SPACE_USED).
            public String tableSizesQuery() {
                return "SELECT TABLE_NAME, DISK_SPACE_USED('\"PUBLIC\".\"' || TABLE_NAME || '\"') AS B"
                        + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY B DESC";
            }

            public long sizeBytes() throws IOException {
                try (Stream<Path> files = Files.list(directory)) {
                    return files.mapToLong(path -> path.toFile().length()).sum();
                }
            }

            public void close() {
            }
        };
    }
}
