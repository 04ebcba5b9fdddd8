package fr.dmpindicators.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dmp.completeness.late-after-days} and {@code dmp.batch.max-items} are read through the mapping as the service
 * reads them, with no Quarkus.
 */
class AtLeastOneTest {

    private static int lateAfterDays(String value) {
        return new SmallRyeConfigBuilder()
                .withMapping(DmpConfig.Completeness.class, "dmp.completeness")
                .withSources(new PropertiesConfigSource(Map.of("dmp.completeness.late-after-days", value), "test", 500))
                .build().getConfigMapping(DmpConfig.Completeness.class, "dmp.completeness").lateAfterDays();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "7", "365", " 30 ", "2147483647"})
    void takesAnyWholeNumberFromOne(String value) {
        assertEquals(Integer.parseInt(value.trim()), lateAfterDays(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-2147483648"})
    void refusesLessThanOneAndSaysWhy(String value) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> lateAfterDays(value));
        assertTrue(Causes.of(refused).contains("must be at least 1, not " + value), Causes.of(refused));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven", "1.5", "2147483648", "1e3"})
    void refusesWhatIsNotAWholeNumber(String value) {
        assertThrows(RuntimeException.class, () -> lateAfterDays(value));
    }

    /** A batch limit under 1 would refuse every batch, and leave imports and the demo load no chunk to write. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "-10000"})
    void refusesABatchLimitUnderOne(String value) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> maxItems(value));
        assertTrue(Causes.of(refused).contains("must be at least 1, not " + value), Causes.of(refused));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "10000", "100000"})
    void takesABatchLimitFromOne(String value) {
        assertEquals(Integer.parseInt(value), maxItems(value));
    }

    private static int maxItems(String value) {
        return new SmallRyeConfigBuilder()
                .withMapping(DmpConfig.Batch.class, "dmp.batch")
                .withSources(new PropertiesConfigSource(Map.of("dmp.batch.max-items", value), "test", 500))
                .build().getConfigMapping(DmpConfig.Batch.class, "dmp.batch").maxItems();
    }
}
