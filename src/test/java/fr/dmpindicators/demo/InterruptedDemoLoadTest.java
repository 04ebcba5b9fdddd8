package fr.dmpindicators.demo;

import static fr.dmpindicators.Api.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first start stopped while it loads the demo dataset leaves nothing behind, wherever it stops, and the next start
 * loads the dataset whole. The stop is simulated the way the database sees a process that dies: the load's
 * transaction ends without a commit, here because its progress report throws at the chosen point.
 */
@QuarkusTest
@TestProfile(EmptyDemoDatabaseProfile.class)
class InterruptedDemoLoadTest {

    /** Where a load is stopped: before any record, after the first chunk, after the last one, before the commit. */
    private static final List<String> STOPS = List.of("starting", "first chunk", "last chunk", "loaded");

    @Inject
    DemoDataset demo;

    @Test
    void shouldLeaveNothingWhenStoppedAnywhereThenLoadWholeOnTheNextStart() throws IOException {
        for (String stop : STOPS) {
            QuarkusMock.installMockForType(stoppingAt(stop), LoadProgress.class);
            assertThrows(Stopped.class, demo::loadIntoEmptyDatabase, stop);
            assertNothingStored(stop);
        }
        QuarkusMock.installMockForType(new LoadProgress(), LoadProgress.class);
        demo.loadIntoEmptyDatabase();

        long records = csv("/demo/dmp-creations.csv").size();
        long establishments = csv("/demo/establishments.csv").size();
        long populations = csv("/demo/populations.csv").size();
        given().queryParam("size", 1).get("/api/v1/dmp-creations").then().statusCode(200)
                .body("totalItems", is((int) records));
        given().queryParam("size", 1).get("/api/v1/establishments").then().statusCode(200)
                .body("totalItems", is((int) establishments));
        // One entry per effective change: each record, establishment and population of the files, none twice.
        given().queryParam("size", 1).get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", is((int) (records + establishments + populations)));
        long created94 = csv("/demo/dmp-creations.csv").stream().filter(row -> row[1].equals("94"))
                .mapToLong(row -> Long.parseLong(row[5])).sum();
        assertEquals(created94, given().queryParam("territory", "94").get("/api/v1/indicators/coverage").then()
                .statusCode(200).extract().jsonPath().getLong("numerator"), "totals of 94 summed from the file");
        // Loaded once: a later start finds records and leaves the dataset as it is.
        demo.loadIntoEmptyDatabase();
        given().queryParam("size", 1).get("/api/v1/audit").then()
                .body("totalItems", is((int) (records + establishments + populations)));
    }

    private static void assertNothingStored(String stop) throws IOException {
        for (String path : List.of("/api/v1/dmp-creations", "/api/v1/establishments", "/api/v1/audit")) {
            assertEquals(0, given().queryParam("size", 1).get(path).then().statusCode(200).extract().jsonPath()
                    .getInt("totalItems"), path + " after a stop at " + stop);
        }
        // The reference file's populations are there from the start; the dataset's own (the pilot's) are not.
        for (String[] population : csv("/demo/populations.csv")) {
            given().get("/api/v1/territories/{code}", population[0]).then().statusCode(200)
                    .body("populations.find { it.year == " + population[1] + " }", nullValue());
        }
    }

    /** A progress report that stops the load at one point, once records are written there (if any). */
    private static LoadProgress stoppingAt(String stop) {
        return new LoadProgress() {
            @Override
            void starting(int total) {
                stopIf(stop.equals("starting"));
            }

            @Override
            void stored(int records, int total) {
                stopIf(stop.equals("first chunk") || stop.equals("last chunk") && records == total);
            }

            @Override
            void loaded(int populations, int records) {
                stopIf(stop.equals("loaded"));
            }
        };
    }

    private static void stopIf(boolean stop) {
        if (stop) {
            throw new Stopped();
        }
    }

    /** The process stopping: its transaction never commits. */
    static final class Stopped extends RuntimeException {
    }

    private static List<String[]> csv(String resource) throws IOException {
        try (InputStream in = InterruptedDemoLoadTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        }
    }
}
