package fr.dmpindicators.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dmp.rate-limit.*} and {@code dmp.imports.transaction-timeout} read through the mapping as the service reads
 * them, with no Quarkus: a duration under a second, or an allowance or a number of clients under one, stops the start
 * and names the value, where such values made every request answer 500 (the limiter refused to build a client's
 * allowance) or every import job fail.
 */
class DurationsAndLimitsTest {

    private static DmpConfig.RateLimit read(String property, String value) {
        return MappedSettings.read(DmpConfig.RateLimit.class, "dmp.rate-limit", property, value);
    }

    @ParameterizedTest
    @CsvSource({"1M, PT1M", "30S, PT30S", "PT1H, PT1H", "1S, PT1S", "1d, PT24H"})
    void takesAPeriodOfASecondOrMore(String value, Duration expected) {
        assertEquals(expected, read("period", value).period());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0S", "0", "PT0S", "-1M", "-PT1S", "500ms", "PT0.999S"})
    void refusesAPeriodUnderASecond(String value) {
        String causes = MappedSettings.causes(assertThrows(RuntimeException.class, () -> read("period", value).period()));
        assertTrue(causes.contains("must be a duration of at least a second, not " + value), causes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reads", "writes", "max-clients"})
    void refusesACountUnderOne(String property) {
        for (String value : new String[] {"0", "-5"}) {
            String causes = MappedSettings.causes(assertThrows(RuntimeException.class, () -> read(property, value)));
            assertTrue(causes.contains("must be at least 1, not " + value), property + " = " + value + ": " + causes);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reads", "writes", "max-clients"})
    void takesACountFromOne(String property) {
        DmpConfig.RateLimit limit = read(property, "1");
        int read = switch (property) {
            case "reads" -> limit.reads();
            case "writes" -> limit.writes();
            default -> limit.maxClients();
        };
        assertEquals(1, read);
    }

    /** An import's transaction timeout, counted in whole seconds: a negative one made every job fail. */
    @ParameterizedTest
    @ValueSource(strings = {"-1S", "0S", "500ms"})
    void refusesAnImportTimeoutUnderASecond(String value) {
        String causes = MappedSettings.causes(assertThrows(RuntimeException.class,
                () -> MappedSettings.read(DmpConfig.Imports.class, "dmp.imports", "transaction-timeout", value)));
        assertTrue(causes.contains("must be a duration of at least a second, not " + value), causes);
    }
}
