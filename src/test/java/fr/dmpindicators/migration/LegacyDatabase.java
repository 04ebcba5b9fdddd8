package fr.dmpindicators.migration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The database of an installation at an earlier schema version, prepared before Quarkus starts: Flyway's API
 * migrates a fresh database to that version only, {@link LegacySchema} fills it as that release would have, and
 * Quarkus' migrate-at-start then upgrades it to the newest version, as a real upgrade does. On H2 a database file of
 * its own (an in-memory one would not be shared with the application's class loader); on PostgreSQL an embedded
 * server of its own.
 */
public class LegacyDatabase implements QuarkusTestResourceLifecycleManager {

    static final String VERSION_ARG = "version";

    private int version;
    private EmbeddedPostgres postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        version = Integer.parseInt(initArgs.get(VERSION_ARG));
    }

    @Override
    public Map<String, String> start() {
        boolean postgresql = "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
        try {
            String url;
            String user;
            String password;
            if (postgresql) {
                postgres = EmbeddedPostgres.builder().start();
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE legacy_v" + version);
                }
                url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/legacy_v" + version;
                user = "postgres";
                password = "postgres";
            } else {
                Path directory = Files.createDirectories(Path.of("target", "legacy-databases")).toAbsolutePath();
                Path file = Files.createTempDirectory(directory, "v" + version + "-").resolve("dmp");
                url = "jdbc:h2:file:" + file;
                user = "sa";
                password = "";
            }
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .target(String.valueOf(version)).load().migrate();
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                new LegacySchema(connection, postgresql).store(LegacyDataset.of(version), version);
            }
            return Map.of("test-database.profile-url", url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
