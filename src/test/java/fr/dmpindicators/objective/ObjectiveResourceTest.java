package fr.dmpindicators.objective;

import static fr.dmpindicators.objective.Objectives.api;
import static fr.dmpindicators.objective.Objectives.countAll;
import static fr.dmpindicators.objective.Objectives.create;
import static fr.dmpindicators.objective.Objectives.objective;
import static fr.dmpindicators.objective.Objectives.revision;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Creating, reading, listing and revising objectives. The objectives stand in Corsica (R94, 2B) and Guyane (973),
 * which no other test sets objectives for, in 2005–2006, before any other test's records.
 */
@QuarkusTest
class ObjectiveResourceTest {

    private static final LocalDate START = LocalDate.of(2005, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2005, 12, 31);
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private static ValidatableResponse post(Map<String, Object> body) {
        return api().contentType(ContentType.JSON).body(body).when().post("/api/v1/objectives").then();
    }

    private static ValidatableResponse put(long id, Map<String, Object> body) {
        return api().contentType(ContentType.JSON).body(body).when().put("/api/v1/objectives/{id}", id).then();
    }

    private static ValidatableResponse get(long id) {
        return api().when().get("/api/v1/objectives/{id}", id).then();
    }

    private static ValidatableResponse progressAt(long id, LocalDate asOf) {
        return api().queryParam("asOf", asOf.toString()).when().get("/api/v1/objectives/{id}/progress", id).then();
    }

    private static long haute_corse_objective(double target) {
        return create(objective("2B", "DMP_CREATED", target, START, DUE, "Haute-Corse, 2005"));
    }

    @Test
    void shouldCreateAnObjectiveWithItsOriginalRevision() {
        ExtractableResponse<Response> created = post(objective("R94", "DMP_CREATED", 50_000, START, DUE,
                "50 000 DMP in Corsica by the end of 2005"))
                .statusCode(201)
                .body("territory", is("R94")).body("metric", is("DMP_CREATED"))
                .body("targetValue", is(50_000.0))
                .body("startDate", is("2005-03-01")).body("dueDate", is("2005-12-31"))
                .body("label", is("50 000 DMP in Corsica by the end of 2005"))
                .body("revisions", hasSize(1))
                .body("revisions[0].revision", is(1))
                .body("revisions[0].targetValue", is(50_000.0))
                .body("revisions[0].dueDate", is("2005-12-31"))
                .body("revisions[0].label", is("50 000 DMP in Corsica by the end of 2005"))
                .body("revisions[0]", not(hasKey("reason")))
                .body("revisions[0]", not(hasKey("effectiveDate")))
                .body("revisions[0].recordedAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location"), endsWith("/api/v1/objectives/" + id));
        get(id).statusCode(200)
                .body("id", is((int) id)).body("territory", is("R94")).body("targetValue", is(50_000.0))
                .body("revisions", hasSize(1))
                .body("revisions[0].recordedAt", is(created.jsonPath().getString("revisions[0].recordedAt")));
    }

    @Test
    void shouldAcceptARateTargetOfExactlyOne() {
        post(objective("973", "ALIMENTATION_SHARE", 1, START, DUE, "Every DMP of Guyane fed")).statusCode(201)
                .body("targetValue", is(1.0));
    }

    @Test
    void shouldListEveryBrokenRuleAtOnceAndStoreNothing() {
        int before = countAll();
        post(objective("XX", "COVERAGE_RATE", 1.5, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), ""))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:validation"))
                .body("detail", is("4 errors; nothing was stored."))
                .body("errors.field", contains("dueDate", "label", "targetValue", "territory"))
                .body("errors[0].message", is("must be after the start date (2020-01-01)"))
                .body("errors[2].message", is("must be at most 1 for COVERAGE_RATE, a decimal fraction (0.2 = 20 %)"));
        assertEquals(before, countAll(), "a refused objective must not be stored");
    }

    @Test
    void shouldRequireEveryField() {
        post(Map.of()).statusCode(422)
                .body("errors.field", containsInAnyOrder("territory", "metric", "targetValue", "startDate",
                        "dueDate", "label"))
                .body("errors.message", everyItem(is("must not be null")));
    }

    @Test
    void shouldAcceptTheNationAsATerritory() {
        // The label alone is wrong, so nothing is stored, and FR is not reported: the nation is a known territory.
        post(objective("FR", "DMP_CREATED", 2_300_000, START, DUE, "")).statusCode(422)
                .body("errors.field", contains("label"));
    }

    @Test
    void shouldRefuseANonPositiveTarget() {
        post(objective("2B", "DMP_CREATED", 0, START, DUE, "Nothing")).statusCode(422)
                .body("errors.field", contains("targetValue"));
        post(objective("2B", "ALIMENTATION_SHARE", -0.1, START, DUE, "Less than nothing")).statusCode(422)
                .body("errors.field", contains("targetValue"));
    }

    @Test
    void shouldRefuseADueDateThatIsNotAfterTheStartDate() {
        post(objective("2B", "DMP_CREATED", 1_000, START, START, "One day")).statusCode(422)
                .body("errors.field", contains("dueDate"));
    }

    @Test
    void shouldRefuseABlankLabel() {
        post(objective("2B", "DMP_CREATED", 1_000, START, DUE, "   ")).statusCode(422)
                .body("errors.field", contains("label")).body("errors[0].message", is("must not be blank"));
        post(objective("2B", "DMP_CREATED", 1_000, START, DUE, "x".repeat(201))).statusCode(422)
                .body("errors.field", contains("label"));
    }

    @Test
    void shouldRefuseSeveralTerritoriesOrAnUnknownOne() {
        post(objective("2A,", "DMP_CREATED", 1_000, START, DUE, "Corsica")).statusCode(422)
                .body("errors.field", contains("territory"));
        post(objective("2A,2B", "DMP_CREATED", 1_000, START, DUE, "Corsica")).statusCode(422)
                .body("errors.field", contains("territory"));
        post(objective("R11X", "DMP_CREATED", 1_000, START, DUE, "Île-de-France")).statusCode(422)
                .body("errors", hasSize(1));
    }

    @Test
    void shouldRefuseAnUnknownMetricAsUnreadable() {
        post(objective("2B", "DMP_FED", 1_000, START, DUE, "Fed")).statusCode(400)
                .body("type", is("urn:dmp-indicators:problem:malformed-request"))
                .body("errors[0].field", is("metric"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownObjective() {
        long unknown = 987_654_321L;
        get(unknown).statusCode(404).contentType("application/problem+json")
                .body("type", is("urn:dmp-indicators:problem:not-found"))
                .body("detail", is("No objective has the id 987654321."));
        put(unknown, revision(10, "Why not", START)).statusCode(404);
        progressAt(unknown, DUE).statusCode(404);
        api().when().get("/api/v1/objectives/not-a-number").then().statusCode(404)
                .body("detail", is("Nothing exists at /api/v1/objectives/not-a-number: id must be a whole number."));
    }

    @Test
    void shouldListObjectivesByTerritoryAndMetricPageByPage() {
        long first = create(objective("973", "DMP_CREATED", 10_000, START, DUE, "Guyane, first"));
        long coverage = create(objective("973", "COVERAGE_RATE", 0.05, START, DUE, "Guyane, coverage"));
        long second = create(objective("973", "DMP_CREATED", 20_000, START, DUE, "Guyane, second"));
        long third = create(objective("973", "DMP_CREATED", 30_000, START, DUE, "Guyane, third"));
        long elsewhere = create(objective("972", "DMP_CREATED", 10_000, START, DUE, "Martinique"));

        List<Long> listed = new ArrayList<>();
        JsonPath page0 = api().queryParam("territory", "973").queryParam("metric", "DMP_CREATED")
                .queryParam("size", 2)
                .when().get("/api/v1/objectives")
                .then().statusCode(200)
                .body("page", is(0)).body("size", is(2))
                .body("items", hasSize(2))
                .body("items.territory", everyItem(is("973")))
                .body("items.metric", everyItem(is("DMP_CREATED")))
                .extract().jsonPath();
        int total = page0.getInt("totalItems");
        assertEquals((total + 1) / 2, page0.getInt("totalPages"));
        for (int page = 0; page < page0.getInt("totalPages"); page++) {
            listed.addAll(api().queryParam("territory", "973").queryParam("metric", "DMP_CREATED")
                    .queryParam("size", 2).queryParam("page", page)
                    .when().get("/api/v1/objectives")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class));
        }
        assertEquals(total, listed.size(), "the pages together hold every matching objective once");
        assertThat(listed, hasItems(first, second, third));
        assertThat(listed, not(hasItems(coverage)));
        assertThat(listed, not(hasItems(elsewhere)));
        List<Long> sorted = new ArrayList<>(listed);
        sorted.sort(Long::compare);
        assertEquals(sorted, listed, "objectives are listed by id");
        assertThat(listed.subList(listed.indexOf(first), listed.size()), contains(first, second, third));

        List<Long> ofTheRegion = api().queryParam("territory", "R03").when().get("/api/v1/objectives")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat("an objective belongs to its own territory, not to its region", ofTheRegion,
                not(hasItems(first)));
    }

    @Test
    void shouldRefuseAListFilterOnAnUnknownTerritoryOrMetric() {
        api().queryParam("territory", "XX").when().get("/api/v1/objectives")
                .then().statusCode(400).body("errors[0].field", is("territory"));
        api().queryParam("metric", "GROWTH").when().get("/api/v1/objectives").then().statusCode(400);
    }

    @Test
    void shouldKeepTheEarlierTargetReadableAfterARevision() {
        long id = haute_corse_objective(1_000);
        LocalDate effective = LocalDate.of(2005, 7, 1);
        put(id, revision(800, "Pilot postponed", effective)).statusCode(200)
                .body("targetValue", is(800.0))
                .body("revisions", hasSize(2));
        get(id).statusCode(200)
                .body("targetValue", is(800.0))
                .body("dueDate", is("2005-12-31")).body("label", is("Haute-Corse, 2005"))
                .body("revisions.revision", contains(1, 2))
                .body("revisions.targetValue", contains(1_000.0, 800.0))
                .body("revisions[1].reason", is("Pilot postponed"))
                .body("revisions[1].effectiveDate", is("2005-07-01"))
                .body("revisions[1].dueDate", is("2005-12-31"))
                .body("revisions[1].label", is("Haute-Corse, 2005"))
                .body("revisions[1].recordedAt", notNullValue());
        progressAt(id, effective.minusDays(1)).statusCode(200)
                .body("revision", is(1)).body("targetValue", is(1_000.0));
        progressAt(id, effective).statusCode(200)
                .body("revision", is(2)).body("targetValue", is(800.0));
        progressAt(id, LocalDate.of(2004, 12, 1)).statusCode(200)
                .body("revision", is(1)).body("targetValue", is(1_000.0));
    }

    @Test
    void shouldUseTheDueDateAndLabelOfTheRevisionInForce() {
        long id = haute_corse_objective(1_000);
        Map<String, Object> postponed = new HashMap<>(revision(1_200, "Six more months", LocalDate.of(2005, 9, 1)));
        postponed.put("dueDate", "2006-06-30");
        postponed.put("label", "Haute-Corse, mid-2006");
        put(id, postponed).statusCode(200)
                .body("dueDate", is("2006-06-30")).body("label", is("Haute-Corse, mid-2006"));
        progressAt(id, LocalDate.of(2005, 8, 31)).statusCode(200)
                .body("dueDate", is("2005-12-31")).body("label", is("Haute-Corse, 2005"))
                .body("daysLeft", is(122));
        // 2005-09-01 to 2006-06-30: 121 days to the end of 2005, then 181 in 2006.
        progressAt(id, LocalDate.of(2005, 9, 1)).statusCode(200)
                .body("dueDate", is("2006-06-30")).body("label", is("Haute-Corse, mid-2006"))
                .body("daysLeft", is(302));
    }

    @Test
    void shouldShowTheObjectiveAsInForceTodayNotAsLastRevised() {
        long id = haute_corse_objective(1_000);
        LocalDate nextYear = LocalDate.now(FRANCE).plusYears(1);
        put(id, revision(2_000, "Announced for next year", nextYear)).statusCode(200)
                .body("targetValue", is(1_000.0))
                .body("revisions.targetValue", contains(1_000.0, 2_000.0));
        progressAt(id, nextYear).statusCode(200).body("revision", is(2)).body("targetValue", is(2_000.0));
    }

    @Test
    void shouldApplyARevisionFromTodayByDefault() {
        long id = haute_corse_objective(1_000);
        LocalDate before = LocalDate.now(FRANCE);
        ExtractableResponse<Response> revised = put(id, revision(900, "Budget cut", null)).statusCode(200)
                .body("targetValue", is(900.0)).extract();
        LocalDate after = LocalDate.now(FRANCE);
        assertThat(LocalDate.parse(revised.path("revisions[1].effectiveDate")), is(oneOf(before, after)));
    }

    @Test
    void shouldRequireAReasonToRevise() {
        long id = haute_corse_objective(1_000);
        put(id, revision(900, null, LocalDate.of(2005, 6, 1))).statusCode(422)
                .body("errors.field", contains("reason")).body("errors[0].message", is("must not be null"));
        put(id, revision(900, "  ", LocalDate.of(2005, 6, 1))).statusCode(422)
                .body("errors.field", contains("reason")).body("errors[0].message", is("must not be blank"));
        put(id, revision(900, "", LocalDate.of(2005, 6, 1))).statusCode(422)
                .body("errors.field", contains("reason"));
        get(id).body("revisions", hasSize(1)).body("targetValue", is(1_000.0));
    }

    @Test
    void shouldRefuseAnEffectiveDateBeforeTheStartOrBeforeTheLatestRevision() {
        long id = haute_corse_objective(1_000);
        put(id, revision(900, "Too early", START.minusDays(1))).statusCode(422)
                .body("errors.field", contains("effectiveDate"))
                .body("errors[0].message", is("must not be before the start date (2005-03-01)"));
        put(id, revision(900, "From the start", START)).statusCode(200);
        put(id, revision(850, "Mid-year", LocalDate.of(2005, 7, 1))).statusCode(200);
        put(id, revision(800, "Back in time", LocalDate.of(2005, 6, 30))).statusCode(422)
                .body("errors.field", contains("effectiveDate"))
                .body("errors[0].message", is("must not be before the effective date of revision 3 (2005-07-01)"));
        put(id, revision(800, "Same day, later decision", LocalDate.of(2005, 7, 1))).statusCode(200)
                .body("revisions.revision", contains(1, 2, 3, 4));
        progressAt(id, LocalDate.of(2005, 7, 1)).body("revision", is(4)).body("targetValue", is(800.0));
        progressAt(id, LocalDate.of(2005, 6, 30)).body("revision", is(2)).body("targetValue", is(900.0));
        progressAt(id, START.minusDays(1)).body("revision", is(1)).body("targetValue", is(1_000.0));
    }

    @Test
    void shouldListEveryBrokenRuleOfARevisionAtOnceAndStoreNothing() {
        long id = create(objective("2B", "COVERAGE_RATE", 0.3, START, DUE, "Haute-Corse coverage"));
        Map<String, Object> broken = new HashMap<>(revision(2, " ", START.minusDays(10)));
        broken.put("dueDate", START.toString());
        broken.put("label", "  ");
        put(id, broken).statusCode(422)
                .body("detail", is("5 errors; nothing was stored."))
                .body("errors.field", contains("dueDate", "effectiveDate", "label", "reason", "targetValue"));
        put(id, revision(1.01, "A bit more than all", START)).statusCode(422)
                .body("errors.field", contains("targetValue"));
        get(id).body("revisions", hasSize(1));
    }

    @Test
    void shouldSayWhenTheDefaultEffectiveDateIsBeforeTheStart() {
        LocalDate nextYear = LocalDate.now(FRANCE).plusYears(1);
        long id = create(objective("2B", "DMP_CREATED", 1_000, nextYear, nextYear.plusYears(1), "Haute-Corse, later"));
        put(id, revision(900, "Revised before it starts", null)).statusCode(422)
                .body("errors.field", contains("effectiveDate"))
                .body("errors[0].message", endsWith("(it defaults to today, " + LocalDate.now(FRANCE) + ")"));
        put(id, revision(900, "Revised before it starts", nextYear)).statusCode(200);
    }
}
