package fr.dmpindicators.indicator;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.demo.DemoDataProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every indicator operation, fed the demo dataset, over a class of dates: periods before the DMP law or before any
 * data, the law's eve and day, the pilot, far past and far future, reversed periods, years no ISO date names. None
 * answers a 5xx; a period before the data reads zero counts and null values with a reason; a reversed period, a
 * year outside 0001–9999 and a series over the point limit are a 400 naming the parameter.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class IndicatorDatesTest {

    /** A set of date parameters, and whether every operation must accept it (200) or refuse it (400). */
    private record Dates(String name, Map<String, String> parameters, boolean valid) {
    }

    private static final List<Dates> DATES = List.of(
            valid("before the DMP law", "asOf", "2004-01-01"),
            valid("a period before the law", "from", "2000-01-01", "to", "2000-12-31"),
            valid("the law's eve", "asOf", "2004-08-12"),
            valid("the law's day", "asOf", "2004-08-13"),
            valid("across the law", "from", "2004-08-12", "to", "2004-08-13"),
            valid("from the law's day", "from", "2004-08-13"),
            valid("before the first data", "asOf", "2016-12-14"),
            valid("an empty period after the law", "from", "2010-01-01", "to", "2010-12-31"),
            valid("the first data day", "from", "2016-12-15", "to", "2016-12-15"),
            valid("the pilot", "from", "2016-12-16", "asOf", "2018-06-05"),
            valid("mid-pilot", "asOf", "2017-06-30"),
            valid("end of 2022", "asOf", "2022-12-31"),
            valid("today", "from", "2018-01-01"),
            valid("year 1", "asOf", "0001-01-01"),
            valid("since year 1", "from", "0001-01-01", "to", "0001-12-31"),
            valid("year 9999", "asOf", "9999-12-31", "from", "9999-01-01"),
            invalid("from after to", "from", "2018-06-05", "to", "2018-01-01"),
            invalid("from after asOf", "from", "2018-06-05", "asOf", "2018-01-01"),
            invalid("year 0", "asOf", "0000-06-01"),
            invalid("a negative year", "from", "-0001-01-01"),
            invalid("year 10000", "asOf", "+10000-01-01"));

    private static Long objectiveId;

    /** An objective of the Somme whose progress is read, created on first use. */
    private static long objectiveId() {
        if (objectiveId == null) {
            objectiveId = createObjective();
        }
        return objectiveId;
    }

    private static long createObjective() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("territory", "80", "metric", "COVERAGE_RATE", "targetValue", 0.25,
                        "startDate", "2004-08-13", "dueDate", "2019-12-31", "label", "Somme, a quarter"))
                .when().post("/api/v1/objectives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Dates valid(String name, String... parameters) {
        return new Dates(name, pairs(parameters), true);
    }

    private static Dates invalid(String name, String... parameters) {
        return new Dates(name, pairs(parameters), false);
    }

    private static Map<String, String> pairs(String... parameters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return map;
    }

    /** Each indicator read, with its fixed parameters and the date parameters it takes. */
    private record Operation(String path, Map<String, String> fixed, List<String> dateParameters) {

        Operation(String path, List<String> dateParameters, String... fixed) {
            this(path, pairs(fixed), dateParameters);
        }
    }

    private static List<Operation> operations() {
        List<String> asOfFrom = List.of("asOf", "from");
        List<String> all = List.of("asOf", "from", "to");
        List<Operation> operations = new ArrayList<>();
        for (String territory : List.of("FR", "R32", "80", "94,22,80")) {
            operations.add(new Operation("/api/v1/indicators/coverage", asOfFrom, "territory", territory));
            operations.add(new Operation("/api/v1/indicators/alimentation", asOfFrom, "territory", territory));
            operations.add(new Operation("/api/v1/indicators/growth", all, "territory", territory));
            operations.add(new Operation("/api/v1/indicators/establishments", all, "territory", territory));
        }
        for (String by : List.of("CHANNEL", "PRACTITIONER_TYPE", "ESTABLISHMENT", "TERRITORY")) {
            operations.add(new Operation("/api/v1/indicators/breakdown", all, "by", by, "territory", "FR"));
            operations.add(new Operation("/api/v1/indicators/breakdown", all, "by", by, "territory", "80"));
        }
        for (String indicator : List.of("COVERAGE_RATE", "ALIMENTATION_SHARE", "DMP_CREATED")) {
            operations.add(new Operation("/api/v1/indicators/ranking", asOfFrom, "parent", "FR",
                    "indicator", indicator));
            operations.add(new Operation("/api/v1/indicators/ranking", asOfFrom, "parent", "R32",
                    "indicator", indicator));
        }
        for (String interval : List.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR")) {
            operations.add(new Operation("/api/v1/indicators/timeseries", all, "interval", interval,
                    "territory", "80"));
        }
        operations.add(new Operation("/api/v1/territories/80/dashboard", List.of("asOf")));
        operations.add(new Operation("/api/v1/territories/R11/dashboard", List.of("asOf")));
        operations.add(new Operation("/api/v1/territories/FR/dashboard", List.of("asOf")));
        operations.add(new Operation("/api/v1/objectives/{id}/progress", List.of("asOf")));
        return operations;
    }

    @Test
    void shouldAnswerEveryOperationAtEveryDateWithoutA5xx() {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Operation operation : operations()) {
            for (Dates dates : DATES) {
                Map<String, String> parameters = new LinkedHashMap<>(operation.fixed());
                dates.parameters().forEach((name, value) -> {
                    if (operation.dateParameters().contains(name)) {
                        parameters.put(name, value);
                    }
                });
                if (operation.path().endsWith("/growth") && !parameters.containsKey("from")) {
                    // growth requires from: a one-day period ending at asOf, or the pilot's start.
                    parameters.put("from", parameters.getOrDefault("asOf", "2016-12-16"));
                }
                boolean mustRefuse = !dates.valid() && dates.parameters().keySet().stream()
                        .allMatch(operation.dateParameters()::contains);
                Response response = given().queryParams(parameters)
                        .when().get(operation.path().replace("{id}", String.valueOf(objectiveId())));
                requests++;
                int status = response.statusCode();
                String what = operation.path() + " " + parameters + " (" + dates.name() + "): " + status + " "
                        + response.asString();
                if (status >= 500) {
                    wrong.add(what);
                } else if (mustRefuse && status != 400) {
                    wrong.add("expected 400: " + what);
                } else if (dates.valid() && status != 200 && !isSeriesOverTheLimit(operation, response)) {
                    wrong.add("expected 200: " + what);
                } else if (status == 400) {
                    assertEquals("urn:dmp-indicators:problem:malformed-request", response.path("type"), what);
                    assertTrue(((List<?>) response.path("errors")).size() > 0, "the parameter is named: " + what);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + requests + " answers wrong:\n" + String.join("\n", wrong));
    }

    /** A time series too long to answer is refused with the limit and the interval named, never built. */
    private static boolean isSeriesOverTheLimit(Operation operation, Response response) {
        return operation.path().endsWith("/timeseries") && response.statusCode() == 400
                && Integer.valueOf(TimeSeriesReader.MAX_SERIES_POINTS).equals(response.path("limit"))
                && "interval".equals(response.path("errors[0].field"));
    }

    @Test
    void shouldReadZeroCountsAndNullValuesWithAReasonBeforeTheLaw() {
        given().queryParam("territory", "80").queryParam("asOf", "2004-01-01")
                .when().get("/api/v1/indicators/coverage")
                .then().statusCode(200).body("numerator", is(0)).body("lastDataDate", nullValue());
        given().queryParam("territory", "FR").queryParam("asOf", "2004-08-12")
                .when().get("/api/v1/indicators/alimentation")
                .then().statusCode(200).body("numerator", is(0)).body("value", nullValue())
                .body("reason", notNullValue());
        given().queryParam("by", "CHANNEL").queryParam("to", "2000-01-01")
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).body("created", is(0)).body("items", hasSize(0));
        given().queryParam("from", "2000-01-01").queryParam("to", "2003-12-31")
                .when().get("/api/v1/indicators/establishments")
                .then().statusCode(200).body("value", is(0.0f));
        given().queryParam("from", "2004-08-13").queryParam("asOf", "2016-12-14")
                .when().get("/api/v1/indicators/growth")
                .then().statusCode(200).body("value", nullValue()).body("reason", notNullValue());
        given().queryParam("parent", "FR").queryParam("indicator", "ALIMENTATION_SHARE").queryParam("asOf", "2004-01-01")
                .when().get("/api/v1/indicators/ranking")
                .then().statusCode(200).body("items", hasSize(18)).body("items.rank", everyItem(nullValue()));
    }

    @Test
    void shouldGiveZeroPeriodsBeforeTheFirstDataInATimeSeries() {
        given().queryParam("interval", "YEAR").queryParam("territory", "80").queryParam("from", "2000-01-01")
                .queryParam("asOf", "2018-06-05")
                .when().get("/api/v1/indicators/timeseries")
                .then().statusCode(200)
                .body("items.period", is(List.of("2000", "2001", "2002", "2003", "2004", "2005", "2006", "2007",
                        "2008", "2009", "2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018")))
                .body("items[0].created", is(0)).body("items[15].cumulativeCreated", is(0))
                .body("items[16].created", is(greaterThanZero()));
        given().queryParam("interval", "YEAR").queryParam("from", "2004-08-13")
                .when().get("/api/v1/indicators/timeseries")
                .then().statusCode(200).body("items[0].period", is("2004"))
                .body("items[0].start", is("2004-08-13"));
    }

    private static org.hamcrest.Matcher<Integer> greaterThanZero() {
        return org.hamcrest.Matchers.greaterThan(0);
    }

    @Test
    void shouldAnswerADayByDaySeriesOverTwentyYearsAndRefuseOneOverTheLimit() {
        given().queryParam("interval", "DAY").queryParam("territory", "80").queryParam("from", "2004-08-13")
                .queryParam("to", "2024-08-12")
                .when().get("/api/v1/indicators/timeseries")
                .then().statusCode(200).body("items", hasSize(7305));
        given().queryParam("interval", "DAY").queryParam("territory", "80").queryParam("from", "0001-01-01")
                .queryParam("to", "2018-06-05")
                .when().get("/api/v1/indicators/timeseries")
                .then().statusCode(400)
                .body("type", is("urn:dmp-indicators:problem:malformed-request"))
                .body("limit", is(TimeSeriesReader.MAX_SERIES_POINTS))
                .body("errors[0].field", is("interval"));
        float coverageToday = given().queryParam("territory", "80").when().get("/api/v1/indicators/coverage")
                .then().statusCode(200).extract().path("value");
        given().queryParam("interval", "YEAR").queryParam("territory", "80").queryParam("asOf", "9999-12-31")
                .when().get("/api/v1/indicators/timeseries")
                .then().statusCode(200).body("items", hasSize(9999 - 2016 + 1))
                .body("items[-1].period", is("9999"))
                .body("items[-1].coverage", is(coverageToday));
        given().queryParam("interval", "MONTH").queryParam("asOf", "9999-12-31")
                .when().get("/api/v1/indicators/timeseries")
                .then().statusCode(400).body("limit", is(TimeSeriesReader.MAX_SERIES_POINTS));
    }

    @Test
    void shouldNameTheParameterOfAReversedPeriodOrAnUnnameableYear() {
        given().queryParam("by", "CHANNEL").queryParam("from", "2018-06-05").queryParam("to", "2018-01-01")
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(400).body("errors[0].field", is("from"));
        given().queryParam("asOf", "0000-12-31")
                .when().get("/api/v1/indicators/coverage")
                .then().statusCode(400).body("errors[0].field", is("asOf"))
                .body("errors[0].message", is("must be between 0001-01-01 and 9999-12-31"));
        given().queryParam("asOf", "+10000-01-01")
                .when().get("/api/v1/territories/80/dashboard")
                .then().statusCode(400).body("errors[0].field", is("asOf"));
        given().queryParam("asOf", "+10000-01-01")
                .when().get("/api/v1/objectives/{id}/progress", objectiveId())
                .then().statusCode(400).body("errors[0].field", is("asOf"));
    }
}
