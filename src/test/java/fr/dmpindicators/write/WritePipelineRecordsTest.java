package fr.dmpindicators.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.dmpindicators.TestDates;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.audit.AuditEntry;
import fr.dmpindicators.audit.AuditEntryRepository;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.record.DmpCreation;
import fr.dmpindicators.record.DmpCreationRegister;
import fr.dmpindicators.record.DmpCreationRepository;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.source.Channel;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a real subject, DMP creation records, inside a transaction each test rolls back (but the one whose
 * refusal rolls back its own): what it stores, the totals it moves and the audit entries it keeps always agree, and
 * what it must not store it does not.
 */
@QuarkusTest
class WritePipelineRecordsTest {

    private static final String CREUSE = "23";
    private static final BatchOptions LENIENT = new BatchOptions(false, false);

    @Inject
    WritePipeline pipeline;

    @Inject
    DmpCreationRegister records;

    @Inject
    DmpCreationRepository stored;

    @Inject
    AuditEntryRepository audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    private LocalDate day;

    @BeforeEach
    void actAsTheService() {
        caller.actAsSystem("pipeline-test");
        day = TestDates.unusedDay();
    }

    private DmpCreationDto cpam(long created, long alimented) {
        return channel(ChannelCodeDto.CPAM, created, alimented);
    }

    private DmpCreationDto channel(ChannelCodeDto channel, long created, long alimented) {
        return new DmpCreationDto().date(day).territory(CREUSE).channel(channel).created(created)
                .alimented(alimented);
    }

    /** An item breaking a rule: a territory that is no département. */
    private DmpCreationDto unknownTerritory() {
        return cpam(1, 0).territory("99");
    }

    /** The records stored on the test's day, as {created, alimented, records}. */
    private List<Long> stored() {
        List<DmpCreation> onDay = stored.list("date = ?1 and territoryCode = ?2", day, CREUSE);
        return List.of(onDay.stream().mapToLong(r -> r.created).sum(), onDay.stream().mapToLong(r -> r.alimented)
                .sum(), (long) onDay.size());
    }

    /**
     * The day's totals of a territory, all sources, as {created, alimented, records}: from the day view, which sums a
     * département's records and holds the stored days of its region and the nation.
     */
    private List<Long> totals(String territory) {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT COALESCE(SUM(created), 0),"
                + " COALESCE(SUM(alimented), 0), COALESCE(SUM(records), 0) FROM dmp_total_day"
                + " WHERE territory_code = ?1 AND granularity = 'D' AND period_start = ?2")
                .setParameter(1, territory).setParameter(2, day).getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    private List<AuditEntry> trail() {
        return audit.list("entity = ?1 and entityKey like ?2 order by id", AuditEntry.Subject.DMP_CREATION,
                day + "|" + CREUSE + "|%");
    }

    private static final List<Long> NOTHING = List.of(0L, 0L, 0L);

    @Test
    @TestTransaction
    void shouldChangeNothingStoredOnADryRun() {
        pipeline.write(records, cpam(10, 2));
        BatchSummary summary = pipeline.writeBatch(records, List.of(cpam(11, 2),
                channel(ChannelCodeDto.PATIENT, 4, 1), unknownTerritory()), new BatchOptions(false, true));

        assertEquals(List.of(1, 1, 0, 1), List.of(summary.created(), summary.updated(), summary.unchanged(),
                summary.rejected()));
        assertEquals(List.of(10L, 2L, 1L), stored());
        assertEquals(List.of(10L, 2L, 1L), totals(CREUSE));
        assertEquals(1, trail().size());
    }

    /** Not in a test transaction: the refusal rolls back the pipeline's own, and the reads come after it. */
    @Test
    void shouldStoreNothingOfAnAtomicBatchWithOneBadItem() {
        ProblemException refusal = assertThrows(ProblemException.class, () -> pipeline.writeBatch(records,
                List.of(cpam(10, 2), unknownTerritory(), channel(ChannelCodeDto.PATIENT, 4, 1)),
                BatchOptions.ATOMIC));

        assertEquals(ProblemType.VALIDATION, refusal.type());
        assertEquals(NOTHING, stored());
        assertEquals(NOTHING, totals(CREUSE));
        assertEquals(NOTHING, totals("R75"));
        assertEquals(0, trail().size());
    }

    @Test
    @TestTransaction
    void shouldStoreTheGoodItemsOfANonAtomicBatch() {
        BatchSummary summary = pipeline.writeBatch(records, List.of(cpam(10, 2), unknownTerritory(),
                channel(ChannelCodeDto.PATIENT, 4, 1)), LENIENT);

        assertEquals(List.of(2, 1), List.of(summary.created(), summary.rejected()));
        assertEquals(List.of(14L, 3L, 2L), stored());
        assertEquals(List.of(14L, 3L, 2L), totals(CREUSE));
        assertEquals(List.of("CREATE", "CREATE"), trail().stream().map(e -> e.action.name()).toList());
    }

    @Test
    @TestTransaction
    void shouldKeepNoAuditEntryForAnUnchangedItem() {
        Written<DmpCreation> first = pipeline.write(records, cpam(10, 2));
        Written<DmpCreation> again = pipeline.write(records, cpam(10, 2));
        BatchSummary batch = pipeline.writeBatch(records, List.of(cpam(10, 2)), LENIENT);

        assertEquals(Outcome.UNCHANGED, again.outcome());
        assertEquals(1, batch.unchanged());
        assertEquals(first.stored().recordedAt, again.stored().recordedAt);
        assertEquals(1, trail().size());
        assertEquals(List.of(10L, 2L, 1L), totals(CREUSE));
    }

    @Test
    @TestTransaction
    void shouldKeepRecordsTotalsAndAuditInAgreement() {
        pipeline.writeBatch(records, List.of(cpam(10, 1), channel(ChannelCodeDto.PATIENT, 5, 0)), LENIENT);
        pipeline.write(records, cpam(12, 3));
        DmpCreation patient = stored.find("date = ?1 and territoryCode = ?2 and channel = ?3", day, CREUSE,
                Channel.PATIENT).firstResult();
        pipeline.delete(records, patient);
        pipeline.write(records, channel(ChannelCodeDto.AUTOMATIC, 7, 2));

        // CPAM 12 + 3 and AUTOMATIC 7 + 2 remain, the patient record is gone.
        List<Long> expected = List.of(19L, 5L, 2L);
        assertEquals(expected, stored());
        assertEquals(expected, totals(CREUSE));
        assertEquals(expected, totals("R75"));
        assertEquals(List.of("CREATE", "CREATE", "UPDATE", "DELETE", "CREATE"),
                trail().stream().map(e -> e.action.name()).toList());
        assertEquals("{\"alimented\":3,\"created\":12}", trail().get(2).after);
        assertEquals("{\"alimented\":0,\"created\":5}", trail().get(3).before);
    }
}
