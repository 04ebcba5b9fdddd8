package fr.dmpindicators.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A new database of its own where the demo dataset is not loaded at startup, so a test can load it, or interrupt its
 * load, by hand (TestDatabase creates it on PostgreSQL).
 */
public class EmptyDemoDatabaseProfile implements QuarkusTestProfile {

    private static final String URL = "${test-database.empty-demo-url:"
            + "jdbc:h2:mem:empty-demo;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE}";

    @Override
    public Map<String, String> getConfigOverrides() {
        // On PostgreSQL the suite's resource sets the URL from test-database.profile-url, outranking this one.
        return Map.of("dmp.demo-data.enabled", "false",
                "quarkus.datasource.jdbc.url", URL,
                "test-database.profile-url", URL,
                "quarkus.datasource.db-kind", System.getProperty("quarkus.datasource.db-kind", "h2"));
    }
}
