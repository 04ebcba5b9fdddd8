package fr.dmpindicators.objective;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.objective.ObjectiveProgress.Plan;
import fr.dmpindicators.objective.ObjectiveProgress.Readings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of domain §5 on plain numbers. Every expected figure is worked out by hand in the test (dates counted
 * in days by month lengths), never by calling the class under test.
 */
class ObjectiveProgressTest {

    private static final double EXACT = 1e-9;
    private static final double RATE_PRECISION = 1e-12;

    /** The national objective of domain §6: 2.3 million DMP by the end of 2018, from a 1 million start. */
    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2018, 12, 31);
    private static final Plan NATIONAL = new Plan(START, DUE, 2_300_000);
    private static final double START_VALUE = 1_000_000;

    /** Halfway: 182 of the 364 days from 2018-01-01 to 2018-12-31 have passed, 182 are left. */
    private static final LocalDate HALFWAY = LocalDate.of(2018, 7, 2);
    private static final double EXPECTED_HALFWAY = 1_000_000 + 1_300_000 / 2.0;

    private static ObjectiveProgress national(LocalDate asOf, double current, double weekBefore, double monthBefore) {
        return ObjectiveProgress.at(asOf, NATIONAL, new Readings(START_VALUE, current, weekBefore, monthBefore));
    }

    @Test
    void shouldBeOnTrackAboveTheStraightLine() {
        ObjectiveProgress p = national(HALFWAY, 1_700_000, 1_693_000, 1_670_000);
        assertAll(
                () -> assertEquals(1_000_000, p.startValue(), EXACT),
                () -> assertEquals(1_700_000, p.currentValue(), EXACT),
                () -> assertEquals(17.0 / 23.0, p.progress(), EXACT),
                () -> assertEquals(7.0 / 13.0, p.progressFromStart(), EXACT),
                () -> assertEquals(EXPECTED_HALFWAY, p.expectedValue(), EXACT),
                () -> assertTrue(p.onTrack(), "1 700 000 is above the 1 650 000 expected halfway"),
                () -> assertEquals(182, p.daysLeft()),
                () -> assertEquals(600_000.0 / 182, p.requiredDailyRate(), EXACT),
                () -> assertEquals(1_000, p.recentDailyRate7(), EXACT),
                () -> assertEquals(1_000, p.recentDailyRate30(), EXACT),
                () -> assertEquals(1_700_000 + 1_000 * 182, p.projectedValueAtDue(), EXACT),
                // 600 000 left at 1 000 a day: 600 days after 2018-07-02 (365 to 2019-07-02, 235 more).
                () -> assertEquals(LocalDate.of(2020, 2, 22), p.projectedReachDate()),
                () -> assertEquals(ObjectiveStatus.ON_TRACK, p.status()));
    }

    @Test
    void shouldBeBehindBelowTheStraightLine() {
        ObjectiveProgress p = national(HALFWAY, 1_600_000, 1_596_500, 1_585_000);
        assertAll(
                () -> assertFalse(p.onTrack(), "1 600 000 is below the 1 650 000 expected halfway"),
                () -> assertEquals(ObjectiveStatus.BEHIND, p.status()),
                () -> assertEquals(500.0, p.recentDailyRate7(), EXACT),
                () -> assertEquals(500.0, p.recentDailyRate30(), EXACT),
                () -> assertEquals(1_600_000 + 500 * 182, p.projectedValueAtDue(), EXACT),
                // 700 000 left at 500 a day: 1 400 days after 2018-07-02 (3 × 365 + 1 leap day = 1 096 to
                // 2021-07-02, 304 more: to 2022-05-02).
                () -> assertEquals(LocalDate.of(2022, 5, 2), p.projectedReachDate()));
    }

    @Test
    void shouldBeAchievedOnceTheTargetIsReached() {
        ObjectiveProgress p = national(HALFWAY, 2_400_000, 2_390_000, 2_300_000);
        assertAll(
                () -> assertEquals(ObjectiveStatus.ACHIEVED, p.status()),
                () -> assertTrue(p.progress() >= 1, "progress at or past the target is at least 1"),
                () -> assertEquals(24.0 / 23.0, p.progress(), EXACT),
                () -> assertEquals(HALFWAY, p.projectedReachDate(), "a reached target is reached today"),
                () -> assertNull(p.requiredDailyRate(), "nothing is required once reached"),
                () -> assertEquals(182, p.daysLeft()),
                () -> assertTrue(p.onTrack()));
    }

    @Test
    void shouldBeAchievedExactlyAtTheTarget() {
        ObjectiveProgress p = national(HALFWAY, 2_300_000, 2_290_000, 2_200_000);
        assertEquals(ObjectiveStatus.ACHIEVED, p.status());
        assertEquals(1.0, p.progress(), EXACT);
    }

    @Test
    void shouldBeMissedPastTheDueDateWithoutTheTarget() {
        LocalDate tenDaysLate = LocalDate.of(2019, 1, 10);
        ObjectiveProgress p = national(tenDaysLate, 2_000_000, 1_993_000, 1_970_000);
        assertAll(
                () -> assertEquals(ObjectiveStatus.MISSED, p.status()),
                () -> assertEquals(0, p.daysLeft(), "days left never go negative"),
                () -> assertNull(p.requiredDailyRate(), "nothing can be required past the due date"),
                () -> assertEquals(2_300_000, p.expectedValue(), EXACT, "past the due date the target is expected"),
                () -> assertFalse(p.onTrack()),
                () -> assertEquals(2_000_000, p.projectedValueAtDue(), EXACT, "no day left to add anything"),
                // 300 000 left at 1 000 a day.
                () -> assertEquals(tenDaysLate.plusDays(300), p.projectedReachDate()));
    }

    @Test
    void shouldStayAchievedPastTheDueDateOnceReached() {
        ObjectiveProgress p = national(LocalDate.of(2019, 1, 10), 2_350_000, 2_343_000, 2_320_000);
        assertEquals(ObjectiveStatus.ACHIEVED, p.status());
    }

    @Test
    void shouldNeedNoDailyRateOnTheDueDateItself() {
        ObjectiveProgress p = national(DUE, 2_200_000, 2_193_000, 2_170_000);
        assertAll(
                () -> assertEquals(0, p.daysLeft()),
                () -> assertNull(p.requiredDailyRate(), "no day is left to divide the remainder by"),
                () -> assertEquals(2_300_000, p.expectedValue(), EXACT),
                () -> assertEquals(ObjectiveStatus.BEHIND, p.status(), "not yet past due, so not yet missed"));
    }

    @Test
    void shouldExpectTheStartValueBeforeTheStartDate() {
        LocalDate before = LocalDate.of(2017, 12, 1);
        ObjectiveProgress flat = national(before, 1_000_000, 1_000_000, 1_000_000);
        ObjectiveProgress lower = national(before, 900_000, 890_000, 870_000);
        assertAll(
                () -> assertEquals(START_VALUE, flat.expectedValue(), EXACT, "the line starts at S, not before"),
                // 30 days to 2017-12-31, then 365 to 2018-12-31.
                () -> assertEquals(395, flat.daysLeft()),
                () -> assertTrue(flat.onTrack()),
                () -> assertEquals(ObjectiveStatus.ON_TRACK, flat.status()),
                () -> assertEquals(0.0, flat.progressFromStart(), EXACT),
                () -> assertEquals(START_VALUE, lower.expectedValue(), EXACT),
                () -> assertFalse(lower.onTrack()),
                () -> assertEquals(-100_000.0 / 1_300_000, lower.progressFromStart(), EXACT),
                () -> assertEquals(ObjectiveStatus.BEHIND, lower.status()));
    }

    @Test
    void shouldCapTheExpectedValueToTheTargetAfterTheDueDate() {
        ObjectiveProgress p = national(LocalDate.of(2020, 6, 1), 1_500_000, 1_500_000, 1_500_000);
        assertEquals(2_300_000, p.expectedValue(), EXACT);
    }

    @Test
    void shouldProjectNoReachDateWhenTheRecentRateIsZero() {
        ObjectiveProgress p = national(HALFWAY, 1_700_000, 1_700_000, 1_700_000);
        assertAll(
                () -> assertEquals(0.0, p.recentDailyRate30(), EXACT),
                () -> assertNull(p.projectedReachDate(), "at zero a day the target is never reached"),
                () -> assertEquals(1_700_000, p.projectedValueAtDue(), EXACT));
    }

    @Test
    void shouldProjectNoReachDateWhenTheRecentRateIsNegative() {
        Plan share = new Plan(START, DUE, 0.6);
        ObjectiveProgress p = ObjectiveProgress.at(HALFWAY, share, new Readings(0.3, 0.40, 0.407, 0.43));
        assertAll(
                () -> assertEquals(-0.001, p.recentDailyRate7(), RATE_PRECISION),
                () -> assertEquals(-0.001, p.recentDailyRate30(), RATE_PRECISION),
                () -> assertNull(p.projectedReachDate()),
                () -> assertEquals(0.40 - 0.001 * 182, p.projectedValueAtDue(), RATE_PRECISION));
    }

    @Test
    void shouldProjectNoReachDateBeyondWhatAnIsoDateCanName() {
        // 1 300 000 left at 1 DMP a month: 39 million days, far beyond 9999-12-31.
        ObjectiveProgress p = national(HALFWAY, 1_000_000, 1_000_000, 999_999);
        assertNull(p.projectedReachDate());
        assertEquals(1.0 / 30, p.recentDailyRate30(), EXACT);
    }

    @Test
    void shouldLeaveProgressFromStartAbsentWhenTheTargetIsTheStartValue() {
        Plan keepShare = new Plan(START, DUE, 0.5);
        ObjectiveProgress p = ObjectiveProgress.at(HALFWAY, keepShare, new Readings(0.5, 0.45, 0.45, 0.45));
        assertAll(
                () -> assertNull(p.progressFromStart(), "no distance to cover: the ratio has no denominator"),
                () -> assertEquals(0.5, p.expectedValue(), EXACT, "the straight line is flat at the target"),
                () -> assertEquals(0.9, p.progress(), EXACT),
                () -> assertEquals(ObjectiveStatus.BEHIND, p.status()));
    }

    @Test
    void shouldDrawTheLineDownwardsWhenTheTargetIsBelowTheStartValue() {
        Plan lowered = new Plan(START, DUE, 0.2);
        ObjectiveProgress p = ObjectiveProgress.at(HALFWAY, lowered, new Readings(0.4, 0.25, 0.25, 0.25));
        assertAll(
                () -> assertEquals(0.3, p.expectedValue(), EXACT, "halfway from 0.4 down to 0.2"),
                () -> assertEquals(ObjectiveStatus.ACHIEVED, p.status()));
    }

    @Test
    void shouldComputeProgressOnACoverageRate() {
        // Val-de-Marne's 13.4 % of domain §6 on 2018-06-05, aiming at 20 % by the end of 2018 from 2 % before the
        // pilot began on 2016-12-16 (745 days to the due date, 536 of them elapsed).
        Plan coverage = new Plan(LocalDate.of(2016, 12, 16), DUE, 0.2);
        LocalDate asOf = LocalDate.of(2018, 6, 5);
        ObjectiveProgress p = ObjectiveProgress.at(asOf, coverage, new Readings(0.02, 0.134, 0.1326, 0.128));
        double expected = 0.02 + 0.18 * 536 / 745;
        assertAll(
                () -> assertEquals(0.134 / 0.2, p.progress(), RATE_PRECISION),
                () -> assertEquals(0.114 / 0.18, p.progressFromStart(), RATE_PRECISION),
                () -> assertEquals(expected, p.expectedValue(), RATE_PRECISION),
                () -> assertFalse(p.onTrack(), "13.4 % is below the " + expected + " expected"),
                // 26 days to 2018-07-01, then 183 to 2018-12-31.
                () -> assertEquals(209, p.daysLeft()),
                () -> assertEquals(0.066 / 209, p.requiredDailyRate(), RATE_PRECISION),
                () -> assertEquals(0.0002, p.recentDailyRate7(), RATE_PRECISION),
                () -> assertEquals(0.0002, p.recentDailyRate30(), RATE_PRECISION),
                () -> assertEquals(0.134 + 0.0002 * 209, p.projectedValueAtDue(), RATE_PRECISION),
                // 0.066 left at 0.0002 a day: 330 days (26 to 2018-07-01, 274 to 2019-04-01, 30 more).
                () -> assertEquals(LocalDate.of(2019, 5, 1), p.projectedReachDate()),
                () -> assertEquals(ObjectiveStatus.BEHIND, p.status()));
    }

    @Test
    void shouldNotAddADayForFloatingPointNoise() {
        // 0.08 left at 0.03 a month is 80 days exactly; in doubles 30 × (0.2 − 0.12) ÷ (0.12 − 0.09) = 80.00000000000001.
        ObjectiveProgress p = ObjectiveProgress.at(HALFWAY, new Plan(START, DUE, 0.2),
                new Readings(0.05, 0.12, 0.113, 0.09));
        assertEquals(HALFWAY.plusDays(80), p.projectedReachDate());
    }

    @Test
    void shouldLeaveEverythingThatNeedsTheCurrentValueAbsentWhenItCannotBeComputed() {
        ObjectiveProgress p = ObjectiveProgress.at(HALFWAY, NATIONAL, new Readings(null, null, null, null));
        assertAll(
                () -> assertNull(p.currentValue()),
                () -> assertNull(p.progress()),
                () -> assertNull(p.progressFromStart()),
                () -> assertNull(p.expectedValue()),
                () -> assertFalse(p.onTrack()),
                () -> assertEquals(182, p.daysLeft(), "days left need no value"),
                () -> assertNull(p.requiredDailyRate()),
                () -> assertNull(p.recentDailyRate7()),
                () -> assertNull(p.recentDailyRate30()),
                () -> assertNull(p.projectedValueAtDue()),
                () -> assertNull(p.projectedReachDate()),
                () -> assertEquals(ObjectiveStatus.BEHIND, p.status()));
        ObjectiveProgress late = ObjectiveProgress.at(LocalDate.of(2019, 1, 1), NATIONAL,
                new Readings(null, null, null, null));
        assertEquals(ObjectiveStatus.MISSED, late.status());
    }

    @Test
    void shouldStillMeasureWhatItCanWithoutAStartValue() {
        // An alimentation share whose territory had created no DMP before the start: V(S − 1) is not computable.
        Plan share = new Plan(START, DUE, 0.5);
        ObjectiveProgress behind = ObjectiveProgress.at(HALFWAY, share, new Readings(null, 0.3, 0.293, 0.27));
        ObjectiveProgress reached = ObjectiveProgress.at(HALFWAY, share, new Readings(null, 0.55, 0.55, 0.55));
        assertAll(
                () -> assertEquals(0.6, behind.progress(), RATE_PRECISION),
                () -> assertNull(behind.progressFromStart()),
                () -> assertNull(behind.expectedValue()),
                () -> assertFalse(behind.onTrack(), "no straight line without a start value"),
                () -> assertEquals(0.001, behind.recentDailyRate7(), RATE_PRECISION),
                () -> assertEquals(0.2 / 182, behind.requiredDailyRate(), RATE_PRECISION),
                () -> assertEquals(ObjectiveStatus.BEHIND, behind.status()),
                () -> assertEquals(ObjectiveStatus.ACHIEVED, reached.status(),
                        "reaching the target does not depend on the start value"));
    }

    @Test
    void shouldLeaveTheRecentRatesAbsentWhenAnEarlierValueIsMissing() {
        Plan share = new Plan(START, DUE, 0.5);
        ObjectiveProgress p = ObjectiveProgress.at(HALFWAY, share, new Readings(0.1, 0.3, 0.293, null));
        assertAll(
                () -> assertEquals(0.001, p.recentDailyRate7(), RATE_PRECISION),
                () -> assertNull(p.recentDailyRate30()),
                () -> assertNull(p.projectedValueAtDue()),
                () -> assertNull(p.projectedReachDate()));
    }

    @Test
    void shouldReadTheValuesTheDayBeforeTheStartAtTheDateAndSevenAndThirtyDaysBefore() {
        List<LocalDate> asked = new ArrayList<>();
        Readings readings = Readings.read(START, HALFWAY, date -> {
            asked.add(date);
            return (double) asked.size();
        });
        assertEquals(List.of(LocalDate.of(2017, 12, 31), HALFWAY, LocalDate.of(2018, 6, 25),
                LocalDate.of(2018, 6, 2)), asked);
        assertEquals(new Readings(1.0, 2.0, 3.0, 4.0), readings);
    }
}
