package fr.dmpindicators.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A fresh embedded database of its own, with the demo dataset loaded at startup as on a first real start. */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dmp.demo-data.enabled", "true",
                "quarkus.datasource.jdbc.url", "${test-database.demo-url}",
                // A profile re-builds the packaged application: it must keep the database kind of the build.
                "quarkus.datasource.db-kind", System.getProperty("quarkus.datasource.db-kind", "h2"));
    }
}
