package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.dmpindicators.problem.ProblemText;
import org.junit.jupiter.api.Test;

class RatioTest {

    private static final ProblemText NONE = new ProblemText("reason.zero-population");
    private static final ProblemText NO_POPULATION = new ProblemText("reason.no-population", 2010, "94");
    private static final ProblemText NOTHING_CREATED = new ProblemText("reason.nothing-created");

    @Test
    void shouldReproduceThePublishedCoverageOfValDeMarne() {
        // domain §6: 111 594 DMP created in the pilot, 13.4 % of the population: 832 791 people.
        Ratio coverage = Ratio.of(111_594, 832_791L, NONE);
        assertEquals(13.4, Math.round(coverage.value() * 1000) / 10.0);
        assertNull(coverage.reason());
    }

    @Test
    void shouldGiveNoValueAndAReasonWithoutDenominator() {
        Ratio missing = Ratio.of(10, null, NO_POPULATION);
        assertNull(missing.value());
        assertEquals(NO_POPULATION, missing.reason());
        Ratio zero = Ratio.of(0, 0L, NOTHING_CREATED);
        assertNull(zero.value());
        assertEquals(NOTHING_CREATED, zero.reason());
    }

    @Test
    void shouldMeasureGrowthAgainstTheStartValue() {
        Ratio growth = Ratio.growth(100, 150, NONE);
        assertEquals(50, growth.numerator());
        assertEquals(100L, growth.denominator());
        assertEquals(0.5, growth.value());
        assertNull(Ratio.growth(0, 150, NOTHING_CREATED).value());
        assertEquals(-0.25, Ratio.growth(100, 75, NONE).value());
    }

    @Test
    void shouldGiveACountAsItsOwnValue() {
        assertEquals(15.0, Ratio.count(15).value());
        assertNull(Ratio.count(15).denominator());
    }
}
