package fr.dmpindicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database of the suite: the embedded H2 of the test profile, or, when the build targets PostgreSQL
 * ({@code -Ppostgres}), a real PostgreSQL server started from Maven Central's binaries, with one database for the
 * suite and one for the demo dataset.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE dmp");
                statement.execute("CREATE DATABASE dmp_demo");
                statement.execute("CREATE DATABASE dmp_empty_demo");
            }
            String base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            // A test profile whose own resource prepares a database (migration.LegacyDatabase) names it in
            // test-database.profile-url: these properties outrank a profile's configuration overrides.
            return Map.of("quarkus.datasource.jdbc.url", "${test-database.profile-url:" + base + "dmp}",
                    "test-database.demo-url", base + "dmp_demo",
                    "test-database.empty-demo-url", base + "dmp_empty_demo",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
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
