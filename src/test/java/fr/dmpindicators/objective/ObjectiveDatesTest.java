package fr.dmpindicators.objective;

import static fr.dmpindicators.objective.Objectives.api;
import static fr.dmpindicators.objective.Objectives.countAll;
import static fr.dmpindicators.objective.Objectives.create;
import static fr.dmpindicators.objective.Objectives.objective;
import static fr.dmpindicators.objective.Objectives.revision;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.indicator.Metric;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dates of an objective: it starts on or after the DMP law, is due after it starts and within four-digit years,
 * and a revision's dates obey the same bounds (422, nothing stored). Objectives stored before these rules (one
 * starting in 1990) still answer their progress at any date, never a 500. Corse-du-Sud (2A) holds this test's
 * objectives.
 */
@QuarkusTest
class ObjectiveDatesTest {

    private static final List<String> PROGRESS_DATES = List.of("0001-01-01", "1989-12-31", "1990-01-01",
            "2004-08-12", "2004-08-13", "2010-06-30", "2018-06-05", "2030-01-01", "9999-12-31");

    @Inject
    ObjectiveRepository objectives;

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return api().contentType(ContentType.JSON).body(body).when().post("/api/v1/objectives").then();
    }

    @Test
    void shouldRefuseAStartBeforeTheDmpLawAndStoreNothing() {
        int before = countAll();
        for (String start : List.of("0001-01-01", "1990-01-01", "2004-01-01", "2004-08-12")) {
            Map<String, Object> early = objective("2A", "DMP_CREATED", 1_000, LocalDate.parse(start),
                    LocalDate.of(2006, 12, 31), "Corse-du-Sud from " + start);
            post(early).statusCode(422).body("errors.field", contains("startDate"))
                    .body("errors[0].message", is("must not be before 2004-08-13 (the DMP law): no DMP exists"
                            + " before it"));
        }
        assertEquals(before, countAll());
        long id = create(objective("2A", "DMP_CREATED", 1_000, LocalDate.of(2004, 8, 13), LocalDate.of(2006, 12, 31),
                "Corse-du-Sud from the law"));
        api().when().get("/api/v1/objectives/{id}/progress", id).then().statusCode(200);
    }

    @Test
    void shouldRefuseDatesNoFourDigitYearNamesAndADueDateNotAfterTheStart() {
        int before = countAll();
        Map<String, Object> far = new HashMap<>(objective("2A", "DMP_CREATED", 1_000, LocalDate.of(2005, 1, 1),
                null, "Corse-du-Sud, far"));
        far.put("dueDate", "+10000-01-01");
        post(far).statusCode(400).body("errors.field", contains("dueDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        far.put("dueDate", "0000-12-31");
        post(far).statusCode(422).body("errors.field", everyItem(is("dueDate")));
        post(objective("2A", "DMP_CREATED", 1_000, LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 1),
                "Corse-du-Sud, same day")).statusCode(422).body("errors.field", contains("dueDate"));
        post(objective("2A", "DMP_CREATED", 1_000, LocalDate.of(2004, 8, 1), LocalDate.of(2004, 7, 1),
                "Corse-du-Sud, backwards")).statusCode(422).body("errors.field", contains("dueDate", "startDate"));
        assertEquals(before, countAll());
    }

    @Test
    void shouldRefuseARevisionWithDatesNoFourDigitYearNames() {
        long id = create(objective("2A", "DMP_CREATED", 1_000, LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31),
                "Corse-du-Sud 2005"));
        for (String field : List.of("dueDate", "effectiveDate")) {
            Map<String, Object> far = new HashMap<>(revision(900, "Postponed far", LocalDate.of(2005, 6, 1)));
            far.put(field, "+10000-01-01");
            api().contentType(ContentType.JSON).body(far).when().put("/api/v1/objectives/{id}", id)
                    .then().statusCode(400).body("errors[0].field", is(field))
                    .body("errors[0].message", containsString("YYYY-MM-DD"));
            far.put(field, "0000-12-31");
            api().contentType(ContentType.JSON).body(far).when().put("/api/v1/objectives/{id}", id)
                    .then().statusCode(422).body("errors.field", everyItem(is(field)));
        }
        api().when().get("/api/v1/objectives/{id}", id).then().statusCode(200).body("revisions", hasSize(1));
    }

    @Test
    void shouldAnswerTheProgressOfAnObjectiveStoredBeforeTheRulesAtAnyDate() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Objective legacy = new Objective("2A", Metric.COVERAGE_RATE, LocalDate.of(1990, 1, 1), 0.5,
                    LocalDate.of(2020, 12, 31), "Corse-du-Sud, set before the rules",
                    OffsetDateTime.now(ZoneOffset.UTC));
            objectives.persist(legacy);
            return legacy.id;
        });
        List<String> wrong = new ArrayList<>();
        for (String asOf : PROGRESS_DATES) {
            Response response = api().queryParam("asOf", asOf).when().get("/api/v1/objectives/{id}/progress", id);
            if (response.statusCode() != 200 || !asOf.equals(response.path("asOf"))) {
                wrong.add(asOf + ": " + response.statusCode() + " " + response.asString());
            }
            Response card = api().queryParam("asOf", asOf).when().get("/api/v1/territories/2A/dashboard");
            if (card.statusCode() != 200) {
                wrong.add("dashboard at " + asOf + ": " + card.statusCode() + " " + card.asString());
            }
        }
        api().when().get("/api/v1/objectives/{id}", id).then().statusCode(200).body("startDate", is("1990-01-01"));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
