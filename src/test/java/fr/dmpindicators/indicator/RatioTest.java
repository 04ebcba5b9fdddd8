package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void shouldReproduceThePublishedCoverageOfValDeMarne() {
        // domain §6: 111 594 DMP created in the pilot, 13.4 % of the population: 832 791 people.
        Ratio coverage = Ratio.of(111_594, 832_791L, "none");
        assertEquals(13.4, Math.round(coverage.value() * 1000) / 10.0);
        assertNull(coverage.reason());
    }

    @Test
    void shouldGiveNoValueAndAReasonWithoutDenominator() {
        Ratio missing = Ratio.of(10, null, "no reference population");
        assertNull(missing.value());
        assertEquals("no reference population", missing.reason());
        Ratio zero = Ratio.of(0, 0L, "nothing created");
        assertNull(zero.value());
        assertEquals("nothing created", zero.reason());
    }

    @Test
    void shouldMeasureGrowthAgainstTheStartValue() {
        Ratio growth = Ratio.growth(100, 150, "none");
        assertEquals(50, growth.numerator());
        assertEquals(100L, growth.denominator());
        assertEquals(0.5, growth.value());
        assertNull(Ratio.growth(0, 150, "no stock").value());
        assertEquals(-0.25, Ratio.growth(100, 75, "none").value());
    }

    @Test
    void shouldGiveACountAsItsOwnValue() {
        assertEquals(15.0, Ratio.count(15).value());
        assertNull(Ratio.count(15).denominator());
    }
}
