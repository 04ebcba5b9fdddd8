package fr.dmpindicators.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A fresh embedded database of its own, with the demo dataset loaded at startup as on a first real start. */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dmp.demo-data.enabled", "true",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-dataset;DB_CLOSE_DELAY=-1");
    }
}
