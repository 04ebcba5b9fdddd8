package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.dmpindicators.language.Language;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import fr.dmpindicators.totals.Sums;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each formula against figures worked out apart from the code: the July 2018 pilot table as the demo README derives
 * it (created, populations, published percentages) and hand arithmetic, and each case without a value with its
 * reason.
 */
class FormulasTest {

    private static final double EXACT = 1e-12;

    private static Sums created(long created, long alimented) {
        return new Sums(created, alimented, 1);
    }

    private static ScopePopulation known(long population, int year) {
        return new ScopePopulation(population, year, List.of());
    }

    private static ScopePopulation missing(String... territories) {
        return new ScopePopulation(0, 0, List.of(territories));
    }

    /** A percentage to the published precision, one decimal. */
    private static double percent(Double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }

    @Test
    void shouldReproduceThePublishedPilotCoverage() {
        Ratio valDeMarne = Formulas.coverage(created(111_594, 0), known(832_791, 2016), 2018);
        assertEquals(111_594, valDeMarne.numerator());
        assertEquals(832_791L, valDeMarne.denominator());
        assertEquals(13.4, percent(valDeMarne.value()));
        assertNull(valDeMarne.reason());
        Ratio nine = Formulas.coverage(created(495_816, 0), known(5_294_872, 2016), 2018);
        assertEquals(0.093641, Math.round(nine.value() * 1e6) / 1e6);
        assertEquals(9.4, percent(nine.value()));
        Ratio sommeWithEarlier = Formulas.coverage(created(99_930, 0), known(512_457, 2016), 2018);
        assertEquals(19.5, percent(sommeWithEarlier.value()));
    }

    @Test
    void shouldSayWhichTerritoriesLackAPopulation() {
        Ratio creuse = Formulas.coverage(created(600, 60), missing("23"), 2004);
        assertNull(creuse.value());
        assertEquals(600, creuse.numerator());
        assertNull(creuse.denominator());
        assertEquals("no reference population for 2004 or earlier for 23", creuse.reason().in(Language.DEFAULT));
        Ratio many = Formulas.coverage(Sums.NONE,
                missing("01", "02", "03", "04", "05", "06", "07", "08", "09", "10"), 2018);
        assertEquals("no reference population for 2018 or earlier for 01, 02, 03, 04, 05, 06, 07, 08 and 2 more",
                many.reason().in(Language.DEFAULT));
    }

    @Test
    void shouldGiveNoCoverageForAPopulationOfZero() {
        Ratio zero = Formulas.coverage(created(10, 1), known(0, 2018), 2018);
        assertNull(zero.value());
        assertEquals(0L, zero.denominator());
        assertEquals("the reference population is zero", zero.reason().in(Language.DEFAULT));
    }

    @Test
    void shouldReproduceThePublishedAlimentationRatesByChannel() {
        // Pilot, nine départements: CPAM 36 438 alimented of 294 176 created, establishments 12 469 of 20 204.
        Ratio cpam = Formulas.alimentationShare(created(294_176, 36_438));
        assertEquals(36_438, cpam.numerator());
        assertEquals(294_176L, cpam.denominator());
        assertEquals(12.4, percent(cpam.value()));
        assertEquals(61.7, percent(Formulas.alimentationShare(created(20_204, 12_469)).value()));
        assertEquals(0.4, Formulas.alimentationShare(created(200, 80)).value(), EXACT);
    }

    @Test
    void shouldGiveNoAlimentationShareWhenNothingWasCreated() {
        Ratio none = Formulas.alimentationShare(created(0, 30));
        assertNull(none.value());
        assertEquals(0L, none.denominator());
        assertEquals("no DMP created in the scope and period", none.reason().in(Language.DEFAULT));
    }

    @Test
    void shouldMeasureGrowthAgainstTheStockTheDayBefore() {
        // The nine départements: 169 500 DMP before the pilot, 665 316 at the report.
        Ratio pilot = Formulas.growth(169_500, 665_316, LocalDate.of(2016, 12, 16));
        assertEquals(495_816, pilot.numerator());
        assertEquals(169_500L, pilot.denominator());
        assertEquals(495_816.0 / 169_500, pilot.value(), EXACT);
        Ratio fromNothing = Formulas.growth(0, 150, LocalDate.of(2006, 1, 1));
        assertNull(fromNothing.value());
        assertEquals("no DMP created before 2006-01-01", fromNothing.reason().in(Language.DEFAULT));
    }

    @Test
    void shouldGiveZeroCountsAndNoRatesWithTheirReasonsBeforeTheLaw() {
        // Nothing exists before 2004-08-13: every sum is zero, and no population is set before 2005.
        Ratio coverage = Formulas.coverage(Sums.NONE, missing("80"), 2004);
        assertEquals(0, coverage.numerator());
        assertNull(coverage.value());
        assertEquals("no reference population for 2004 or earlier for 80", coverage.reason().in(Language.DEFAULT));
        assertEquals("no DMP created in the scope and period",
                Formulas.alimentationShare(Sums.NONE).reason().in(Language.DEFAULT));
        assertEquals("no DMP created before 2004-08-13",
                Formulas.growth(0, 0, LocalDate.of(2004, 8, 13)).reason().in(Language.DEFAULT));
        assertEquals(0.0, Formulas.count(0).value());
    }

    @Test
    void shouldCountAndShare() {
        Ratio establishments = Formulas.count(15);
        assertEquals(15.0, establishments.value());
        assertNull(establishments.denominator());
        assertNull(establishments.reason());
        // CPAM's share of the 495 816 DMP of the pilot: 59.3 %.
        assertEquals(59.3, percent(Formulas.share(294_176, 495_816)));
        assertNull(Formulas.share(0, 0));
    }

    @Test
    void shouldComputeAMetricAsItsIndicatorDoes() {
        Sums pilot = created(111_594, 20_000);
        assertEquals(111_594.0, Formulas.of(Metric.DMP_CREATED, pilot, FormulasTest::unread, 2018).value());
        assertEquals(20_000.0 / 111_594,
                Formulas.of(Metric.ALIMENTATION_SHARE, pilot, FormulasTest::unread, 2018).value(), EXACT);
        assertEquals(13.4, percent(Formulas.of(Metric.COVERAGE_RATE, pilot, () -> known(832_791, 2016), 2018)
                .value()));
        assertEquals("no reference population for 2018 or earlier for 94",
                Formulas.of(Metric.COVERAGE_RATE, pilot, () -> missing("94"), 2018).reason().in(Language.DEFAULT));
    }

    /** A count or a share needs no population: reading one would be a wasted query. */
    private static ScopePopulation unread() {
        throw new AssertionError("the population was read for a metric that does not divide by it");
    }
}
