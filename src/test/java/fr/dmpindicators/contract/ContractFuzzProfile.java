package fr.dmpindicators.contract;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A service of its own for the fuzz, on a fresh database: its thousands of writes must not reach the figures other
 * specifications read, nor theirs its answers.
 */
public class ContractFuzzProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // A profile re-starts the packaged application: it must keep the database kind of the build.
        return Map.of("quarkus.datasource.db-kind", System.getProperty("quarkus.datasource.db-kind", "h2"));
    }
}
