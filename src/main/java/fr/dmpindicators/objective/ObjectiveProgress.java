package fr.dmpindicators.objective;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Progress towards an objective at a date D, every field of domain §5 computed from plain dates and numbers, with no
 * I/O: S the start date, E and T the due date and target of the revision in force at D, and the metric's values V at
 * S − 1 day, D, D − 7 and D − 30 days.
 *
 * <p>Where domain §5 is silent, this class decides:
 * <ul>
 * <li>A value that cannot be computed (null V: no reference population for a coverage objective, no DMP created yet
 * for an alimentation share) leaves absent every field that needs it. Then {@code onTrack} is false, and the status is
 * {@code MISSED} past the due date, {@code BEHIND} otherwise, except that a known V(D) ≥ T is still {@code ACHIEVED}:
 * reaching the target does not depend on the start value.</li>
 * <li>{@code expectedValue} is capped to the interval between the start value and the target, whichever of the two is
 * larger, so a target below the start value (a lowered rate objective) still gets a straight line, downwards: before S
 * it is the start value, from E on the target.</li>
 * <li>{@code requiredDailyRate} is also absent on the due date itself (no day left to divide by).</li>
 * <li>{@code projectedReachDate} is computed from the 30-day gain, D + ⌈30 × (T − V(D)) ÷ (V(D) − V(D − 30))⌉, which
 * is the formula of domain §5 without the rounding of an intermediate rate; a quotient within 10⁻⁹ of a whole number
 * counts as that number, so floating-point noise never adds a day. It is absent when that date would fall after
 * 9999-12-31, which no ISO date of four-digit year can name (an almost flat rate means "not in any useful future").</li>
 * <li>{@code projectedValueAtDue} is not capped: a rate may be projected above 1, saying how far ahead it runs.</li>
 * </ul>
 */
public record ObjectiveProgress(Double startValue, Double currentValue, Double progress, Double progressFromStart,
        Double expectedValue, boolean onTrack, int daysLeft, Double requiredDailyRate, Double recentDailyRate7,
        Double recentDailyRate30, Double projectedValueAtDue, LocalDate projectedReachDate, ObjectiveStatus status) {

    /** The last date an ISO 8601 date of four-digit year can name. */
    static final LocalDate LAST_NAMEABLE_DATE = LocalDate.of(9999, 12, 31);

    private static final double INTEGRAL_TOLERANCE = 1e-9;

    /** What the revision in force asks: from start date S, reach target T by due date E. */
    public record Plan(LocalDate startDate, LocalDate dueDate, double targetValue) {
    }

    /** The metric's values that progress at D needs, each null when it cannot be computed. */
    public record Readings(Double beforeStart, Double atAsOf, Double sevenDaysBefore, Double thirtyDaysBefore) {

        /** Reads V(S − 1 day), V(D), V(D − 7 days) and V(D − 30 days) with {@code valueAt}. */
        public static Readings read(LocalDate startDate, LocalDate asOf, Function<LocalDate, Double> valueAt) {
            return new Readings(valueAt.apply(startDate.minusDays(1)), valueAt.apply(asOf),
                    valueAt.apply(asOf.minusDays(7)), valueAt.apply(asOf.minusDays(30)));
        }
    }

    /** The progress at {@code asOf} towards {@code plan}, given the metric's {@code readings}. */
    public static ObjectiveProgress at(LocalDate asOf, Plan plan, Readings readings) {
        double target = plan.targetValue();
        Double start = readings.beforeStart();
        Double current = readings.atAsOf();
        int daysLeft = (int) Math.max(0, ChronoUnit.DAYS.between(asOf, plan.dueDate()));
        boolean reached = current != null && current >= target;

        Double expected = expectedValue(asOf, plan, start);
        boolean onTrack = current != null && expected != null && current >= expected;
        Double rate7 = dailyRate(current, readings.sevenDaysBefore(), 7);
        Double rate30 = dailyRate(current, readings.thirtyDaysBefore(), 30);

        return new ObjectiveProgress(
                start,
                current,
                current == null ? null : current / target,
                current == null || start == null || target == start ? null : (current - start) / (target - start),
                expected,
                onTrack,
                daysLeft,
                current == null || reached || daysLeft == 0 ? null : (target - current) / daysLeft,
                rate7,
                rate30,
                current == null || rate30 == null ? null : current + rate30 * daysLeft,
                projectedReachDate(asOf, target, current, readings.thirtyDaysBefore()),
                status(asOf, plan, reached, onTrack));
    }

    /** On the straight line from (S, start value) to (E, T), held at the start value before S and at T after E. */
    private static Double expectedValue(LocalDate asOf, Plan plan, Double start) {
        if (start == null) {
            return null;
        }
        long elapsed = ChronoUnit.DAYS.between(plan.startDate(), asOf);
        long planned = ChronoUnit.DAYS.between(plan.startDate(), plan.dueDate());
        if (elapsed <= 0) {
            return start;
        }
        if (elapsed >= planned) {
            // Not start + (T − start) × 1, which floating point may leave a hair off the target.
            return plan.targetValue();
        }
        return start + (plan.targetValue() - start) * elapsed / planned;
    }

    private static Double dailyRate(Double current, Double before, int days) {
        return current == null || before == null ? null : (current - before) / days;
    }

    private static LocalDate projectedReachDate(LocalDate asOf, double target, Double current, Double monthBefore) {
        if (current == null) {
            return null;
        }
        if (current >= target) {
            return asOf;
        }
        if (monthBefore == null || current - monthBefore <= 0) {
            return null;
        }
        double days = Math.ceil(30 * (target - current) / (current - monthBefore) - INTEGRAL_TOLERANCE);
        if (days > ChronoUnit.DAYS.between(asOf, LAST_NAMEABLE_DATE)) {
            return null;
        }
        return asOf.plusDays((long) days);
    }

    private static ObjectiveStatus status(LocalDate asOf, Plan plan, boolean reached, boolean onTrack) {
        if (reached) {
            return ObjectiveStatus.ACHIEVED;
        }
        if (asOf.isAfter(plan.dueDate())) {
            return ObjectiveStatus.MISSED;
        }
        return onTrack ? ObjectiveStatus.ON_TRACK : ObjectiveStatus.BEHIND;
    }
}
