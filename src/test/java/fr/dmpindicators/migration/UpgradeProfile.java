package fr.dmpindicators.migration;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An installation at an earlier schema version, filled with data, that the application under test starts on and
 * upgrades ({@link LegacyDatabase}). One subclass per version: Quarkus restarts once for each.
 */
public abstract class UpgradeProfile implements QuarkusTestProfile {

    /** The migration version the installation stood at. */
    protected abstract int version();

    @Override
    public Map<String, String> getConfigOverrides() {
        String kind = System.getProperty("quarkus.datasource.db-kind", "h2");
        Map<String, String> overrides = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "${test-database.profile-url}",
                // A profile re-builds the packaged application: it must keep the database kind of the build.
                "quarkus.datasource.db-kind", kind));
        if (kind.equals("postgresql")) {
            overrides.put("quarkus.datasource.username", "postgres");
            overrides.put("quarkus.datasource.password", "postgres");
        }
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LegacyDatabase.class,
                Map.of(LegacyDatabase.VERSION_ARG, String.valueOf(version()))));
    }
}
