package fr.dmpindicators.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Rate limits switched on with allowances small enough to reach in a test, over a short period. */
public class RateLimitProfile implements QuarkusTestProfile {

    static final int READS = 3;
    static final int WRITES = 2;
    static final int PERIOD_SECONDS = 8;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dmp.rate-limit.enabled", "true",
                "dmp.rate-limit.reads", String.valueOf(READS),
                "dmp.rate-limit.writes", String.valueOf(WRITES),
                "dmp.rate-limit.period", PERIOD_SECONDS + "S");
    }
}
