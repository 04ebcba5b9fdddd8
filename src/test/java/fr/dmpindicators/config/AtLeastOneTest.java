package fr.dmpindicators.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dmp.completeness.late-after-days} and {@code dmp.batch.max-items} are read through the mapping as the service
 * reads them, with no Quarkus.
 */
class AtLeastOneTest {

    private static int lateAfterDays(String value) {
        return MappedSettings.read(DmpConfig.Completeness.class, "dmp.completeness", "late-after-days", value)
                .lateAfterDays();
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
        assertTrue(MappedSettings.causes(refused).contains("must be at least 1, not " + value), MappedSettings.causes(refused));
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
        assertTrue(MappedSettings.causes(refused).contains("must be at least 1, not " + value), MappedSettings.causes(refused));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "10000", "100000"})
    void takesABatchLimitFromOne(String value) {
        assertEquals(Integer.parseInt(value), maxItems(value));
    }

    private static int maxItems(String value) {
        return MappedSettings.read(DmpConfig.Batch.class, "dmp.batch", "max-items", value).maxItems();
    }
}
