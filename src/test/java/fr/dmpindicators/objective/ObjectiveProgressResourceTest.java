package fr.dmpindicators.objective;

import static fr.dmpindicators.objective.Objectives.api;
import static fr.dmpindicators.objective.Objectives.create;
import static fr.dmpindicators.objective.Objectives.objective;
import static fr.dmpindicators.objective.Objectives.pushCpam;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress of objectives measured on records this test pushes for Haute-Corse (2B) in 2005, before any other test's
 * records and where no other test pushes any. Expected figures are worked out here from the pushed counts.
 */
@QuarkusTest
class ObjectiveProgressResourceTest {

    private static final String HAUTE_CORSE = "2B";
    private static final LocalDate START = LocalDate.of(2005, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2005, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2005, 6, 1);
    private static final double PRECISION = 1e-9;

    /** Created and alimented per day: two days before the start, then four from it to the as-of date. */
    private static final Map<LocalDate, long[]> PUSHED = new LinkedHashMap<>();

    static {
        PUSHED.put(LocalDate.of(2005, 2, 10), new long[] {100, 10});
        PUSHED.put(LocalDate.of(2005, 2, 28), new long[] {20, 5});
        PUSHED.put(LocalDate.of(2005, 3, 1), new long[] {30, 6});
        PUSHED.put(LocalDate.of(2005, 5, 1), new long[] {40, 9});
        PUSHED.put(LocalDate.of(2005, 5, 20), new long[] {50, 20});
        PUSHED.put(LocalDate.of(2005, 5, 28), new long[] {60, 30});
    }

    @BeforeEach
    void pushTheRecords() {
        PUSHED.forEach((date, counts) -> pushCpam(date, HAUTE_CORSE, counts[0], counts[1]));
    }

    /** The sum of one count over the pushed records dated on or before {@code date}. */
    private static long cumulative(LocalDate date, int count) {
        return PUSHED.entrySet().stream().filter(e -> !e.getKey().isAfter(date)).mapToLong(e -> e.getValue()[count])
                .sum();
    }

    private static double created(LocalDate date) {
        return cumulative(date, 0);
    }

    private static double share(LocalDate date) {
        return (double) cumulative(date, 1) / cumulative(date, 0);
    }

    private static ValidatableResponse progressAt(long id, LocalDate asOf) {
        return api().queryParam("asOf", asOf.toString()).when().get("/api/v1/objectives/{id}/progress", id)
                .then().statusCode(200);
    }

    @Test
    void shouldMeasureProgressOnTheCreatedCountFromTheRecordsPushed() {
        double target = 1_000;
        long id = create(objective(HAUTE_CORSE, "DMP_CREATED", target, START, DUE, "1 000 DMP in Haute-Corse"));

        double start = created(START.minusDays(1));
        double current = created(AS_OF);
        double rate7 = (current - created(AS_OF.minusDays(7))) / 7;
        double rate30 = (current - created(AS_OF.minusDays(30))) / 30;
        long elapsed = ChronoUnit.DAYS.between(START, AS_OF);
        long planned = ChronoUnit.DAYS.between(START, DUE);
        long daysLeft = ChronoUnit.DAYS.between(AS_OF, DUE);
        double expected = start + (target - start) * elapsed / planned;
        long daysToReach = (long) Math.ceil((target - current) / rate30);

        progressAt(id, AS_OF)
                .body("objectiveId", is((int) id))
                .body("territory", is(HAUTE_CORSE)).body("metric", is("DMP_CREATED"))
                .body("label", is("1 000 DMP in Haute-Corse"))
                .body("asOf", is(AS_OF.toString())).body("revision", is(1))
                .body("targetValue", is(target))
                .body("startDate", is(START.toString())).body("dueDate", is(DUE.toString()))
                .body("startValue", closeTo(120, PRECISION))
                .body("startValue", closeTo(start, PRECISION))
                .body("currentValue", closeTo(300, PRECISION))
                .body("currentValue", closeTo(current, PRECISION))
                .body("progress", closeTo(current / target, PRECISION))
                .body("progressFromStart", closeTo((current - start) / (target - start), PRECISION))
                .body("expectedValue", closeTo(expected, PRECISION))
                .body("onTrack", is(current >= expected))
                .body("onTrack", is(false))
                .body("daysLeft", is((int) daysLeft))
                .body("requiredDailyRate", closeTo((target - current) / daysLeft, PRECISION))
                .body("recentDailyRate7", closeTo(60.0 / 7, PRECISION))
                .body("recentDailyRate7", closeTo(rate7, PRECISION))
                .body("recentDailyRate30", closeTo(110.0 / 30, PRECISION))
                .body("recentDailyRate30", closeTo(rate30, PRECISION))
                .body("projectedValueAtDue", closeTo(current + rate30 * daysLeft, PRECISION))
                .body("projectedReachDate", is(AS_OF.plusDays(daysToReach).toString()))
                .body("status", is("BEHIND"));
    }

    @Test
    void shouldFollowTheRecordsDayByDay() {
        long id = create(objective(HAUTE_CORSE, "DMP_CREATED", 250, START, DUE, "250 DMP in Haute-Corse"));
        // The day before the 2005-05-28 push, 240 were created: not yet the 250 of the target.
        progressAt(id, LocalDate.of(2005, 5, 27))
                .body("currentValue", closeTo(240, PRECISION))
                .body("status", is("ON_TRACK"));
        progressAt(id, LocalDate.of(2005, 5, 28))
                .body("currentValue", closeTo(300, PRECISION))
                .body("status", is("ACHIEVED"))
                .body("projectedReachDate", is("2005-05-28"))
                .body("$", not(hasKey("requiredDailyRate")));
    }

    @Test
    void shouldMeasureProgressOnTheAlimentationShare() {
        double target = 0.5;
        long id = create(objective(HAUTE_CORSE, "ALIMENTATION_SHARE", target, START, DUE, "Half of them fed"));

        double start = share(START.minusDays(1));
        double current = share(AS_OF);
        double rate30 = (current - share(AS_OF.minusDays(30))) / 30;
        long daysLeft = ChronoUnit.DAYS.between(AS_OF, DUE);

        progressAt(id, AS_OF)
                .body("startValue", closeTo(15.0 / 120, PRECISION))
                .body("startValue", closeTo(start, PRECISION))
                .body("currentValue", closeTo(80.0 / 300, PRECISION))
                .body("currentValue", closeTo(current, PRECISION))
                .body("progress", closeTo(current / target, PRECISION))
                .body("recentDailyRate7", closeTo((current - share(AS_OF.minusDays(7))) / 7, PRECISION))
                .body("recentDailyRate30", closeTo(rate30, PRECISION))
                .body("projectedValueAtDue", closeTo(current + rate30 * daysLeft, PRECISION))
                .body("projectedReachDate",
                        is(AS_OF.plusDays((long) Math.ceil((target - current) / rate30)).toString()));
    }

    @Test
    void shouldLeaveAbsentWhatCannotBeComputedAndStayBehindThenMissed() {
        // No DMP was created in Haute-Corse before 2005-02-10, so the share has no denominator until then.
        LocalDate start = LocalDate.of(2004, 9, 1);
        LocalDate due = LocalDate.of(2004, 12, 31);
        long id = create(objective(HAUTE_CORSE, "ALIMENTATION_SHARE", 0.3, start, due, "An early share"));
        ValidatableResponse before = progressAt(id, LocalDate.of(2004, 12, 1))
                .body("status", is("BEHIND"))
                .body("onTrack", is(false))
                .body("daysLeft", is(30));
        for (String absent : new String[] {"startValue", "currentValue", "progress", "progressFromStart",
                "expectedValue", "requiredDailyRate", "recentDailyRate7", "recentDailyRate30", "projectedValueAtDue",
                "projectedReachDate"}) {
            before.body("$", not(hasKey(absent)));
        }
        progressAt(id, LocalDate.of(2005, 1, 5))
                .body("status", is("MISSED"))
                .body("daysLeft", is(0))
                .body("$", not(hasKey("currentValue")));
    }

    @Test
    void shouldMeasureProgressTodayByDefault() {
        long id = create(objective(HAUTE_CORSE, "DMP_CREATED", 1_000_000_000, START, DUE, "Today's view"));
        LocalDate before = LocalDate.now(ZoneId.of("Europe/Paris"));
        String asOf = api().when().get("/api/v1/objectives/{id}/progress", id)
                .then().statusCode(200)
                .body("status", is("MISSED"))
                .body("daysLeft", is(0))
                .extract().path("asOf");
        assertThat(LocalDate.parse(asOf), is(oneOf(before, LocalDate.now(ZoneId.of("Europe/Paris")))));
    }
}
