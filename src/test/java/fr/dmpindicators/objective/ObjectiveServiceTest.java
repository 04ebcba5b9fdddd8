package fr.dmpindicators.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.ObjectiveInputDto;
import fr.dmpindicators.api.model.ObjectiveRevisionInputDto;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the service offers the dashboard beyond HTTP: the progress of every objective of one territory. Mayotte (976)
 * and its region (R06) hold objectives set by this test only, and no records before 2010.
 */
@QuarkusTest
class ObjectiveServiceTest {

    private static final LocalDate START = LocalDate.of(2005, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2005, 12, 31);

    @Inject
    ObjectiveService service;

    private long create(String territory, MetricDto metric, double target) {
        return service.create(new ObjectiveInputDto().territory(territory).metric(metric).targetValue(target)
                .startDate(START).dueDate(DUE).label("Mayotte " + metric)).objective().id;
    }

    @Test
    @TestSecurity(user = "test-admin", roles = "admin")
    void shouldGiveTheProgressOfEveryObjectiveOfExactlyOneTerritoryById() {
        long created = create("976", MetricDto.DMP_CREATED, 5_000);
        long share = create("976", MetricDto.ALIMENTATION_SHARE, 0.4);
        long regional = create("R06", MetricDto.DMP_CREATED, 5_000);
        service.revise(created, new ObjectiveRevisionInputDto().targetValue(4_000.0).reason("Smaller")
                .effectiveDate(LocalDate.of(2005, 7, 1)));

        LocalDate asOf = LocalDate.of(2005, 6, 30);
        List<ProgressReport> ofMayotte = service.progressOfTerritory("976", asOf);
        assertEquals(List.of(created, share), ofMayotte.stream().map(report -> report.objective().id).toList(),
                "the département's objectives by id, not its region's");
        ProgressReport first = ofMayotte.get(0);
        assertEquals(asOf, first.asOf());
        assertEquals(1, first.inForce().revision, "revision 2 applies from 2005-07-01 only");
        assertEquals(5_000.0, first.inForce().targetValue);
        assertEquals(0.0, first.figures().currentValue(), "nothing was created in Mayotte in 2005");
        assertEquals(184, first.figures().daysLeft());
        assertTrue(ofMayotte.get(1).figures().currentValue() == null, "no DMP, no share");

        assertEquals(4_000.0,
                service.progressOfTerritory("976", LocalDate.of(2005, 7, 1)).get(0).inForce().targetValue);
        assertEquals(List.of(regional), service.progressOfTerritory("R06", asOf).stream()
                .map(report -> report.objective().id).toList(), "the region's own objectives only");
    }
}
