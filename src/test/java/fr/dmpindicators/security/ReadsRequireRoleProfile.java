package fr.dmpindicators.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The deployment switch that makes reads need a role. */
public class ReadsRequireRoleProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dmp.security.reads-require-role", "true");
    }
}
