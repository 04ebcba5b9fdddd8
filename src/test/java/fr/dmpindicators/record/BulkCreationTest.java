package fr.dmpindicators.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.TestDates;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.audit.AuditEntry;
import fr.dmpindicators.audit.AuditEntryRepository;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.territory.TerritoryLevel;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchSummary;
import fr.dmpindicators.write.WritePipeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New records and their audit entries go in bulk, beside Hibernate (COPY on PostgreSQL, one JDBC batch on H2): what
 * is read back through Hibernate is what was sent, every id is new, the audit entries say what the API always said,
 * and a transaction that fails after the bulk insert leaves nothing behind.
 */
@QuarkusTest
class BulkCreationTest {

    /** Quotes and a comma in the actor: what a CSV stream must carry untouched. */
    private static final String ACTOR = "bulk \"test\", one";

    private static final List<ChannelCodeDto> CHANNELS = List.of(ChannelCodeDto.CPAM, ChannelCodeDto.PATIENT,
            ChannelCodeDto.AUTOMATIC, ChannelCodeDto.UNKNOWN);

    @Inject
    WritePipeline pipeline;

    @Inject
    DmpCreationRegister register;

    @Inject
    DmpCreationRepository records;

    @Inject
    AuditEntryRepository audit;

    @Inject
    TerritoryHierarchy territories;

    @Inject
    Caller caller;

    private List<LocalDate> days;

    @BeforeEach
    void actAsAProducerWithAStrangeName() {
        caller.actAsSystem(ACTOR);
        days = List.of(TestDates.unusedDay(), TestDates.unusedDay(), TestDates.unusedDay());
    }

    /** Every département, channel and day of the test once: over a thousand records, more than one id block. */
    private List<DmpCreationDto> batch() {
        List<DmpCreationDto> items = new ArrayList<>();
        long n = 0;
        for (LocalDate day : days) {
            for (ChannelCodeDto channel : CHANNELS) {
                for (var departement : territories.under("FR", TerritoryLevel.DEPARTEMENT)) {
                    n++;
                    items.add(new DmpCreationDto().date(day).territory(departement.code).channel(channel)
                            .created(n).alimented(n / 3));
                }
            }
        }
        return items;
    }

    private List<DmpCreation> stored() {
        return records.list("date in ?1 order by id", days);
    }

    @Test
    void shouldStoreEveryRecordWithANewIdAndItsAuditEntry() {
        List<DmpCreationDto> sent = batch();
        Map<String, DmpCreationDto> byKey = new HashMap<>();
        sent.forEach(item -> byKey.put(item.getDate() + "|" + item.getTerritory() + "|" + item.getChannel() + "||",
                item));
        long idsBefore = records.count();

        BatchSummary summary = QuarkusTransaction.requiringNew()
                .call(() -> pipeline.writeBatch(register, sent, BatchOptions.ATOMIC));

        assertEquals(sent.size(), summary.created());
        assertTrue(sent.size() > 1000, "the batch spans more than one block of ids");
        List<DmpCreation> stored = stored();
        assertEquals(sent.size(), stored.size());
        assertEquals(idsBefore + sent.size(), records.count());
        Set<Long> ids = new HashSet<>();
        for (DmpCreation record : stored) {
            assertTrue(ids.add(record.id), "id " + record.id + " given twice");
            DmpCreationDto item = byKey.get(record.naturalKey);
            assertEquals(List.of(item.getDate(), item.getTerritory(), item.getChannel().name(), item.getCreated(),
                    item.getAlimented()), List.of(record.date, record.territoryCode, record.channel.name(),
                    record.created, record.alimented));
            assertEquals(null, record.finess);
            assertEquals(null, record.practitionerType);
        }
        List<AuditEntry> trail = audit.list("requestId = ?1 order by id", summary.auditRequestId());
        assertEquals(sent.size(), trail.size());
        Map<String, AuditEntry> entryByKey = new HashMap<>();
        trail.forEach(entry -> entryByKey.put(entry.entityKey, entry));
        assertEquals(byKey.keySet(), entryByKey.keySet());
        for (Map.Entry<String, DmpCreationDto> item : byKey.entrySet()) {
            AuditEntry entry = entryByKey.get(item.getKey());
            assertEquals(List.of("system:" + ACTOR, AuditEntry.Subject.DMP_CREATION, AuditEntry.Action.CREATE),
                    List.of(entry.actor, entry.entity, entry.action));
            assertEquals(null, entry.before);
            assertEquals("{\"alimented\":" + item.getValue().getAlimented() + ",\"created\":"
                    + item.getValue().getCreated() + "}", entry.after);
        }
    }

    @Test
    void shouldLeaveNothingWhenTheTransactionFailsAfterTheBulkInsert() {
        List<DmpCreationDto> sent = batch();
        long auditBefore = audit.count();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            BatchSummary summary = pipeline.writeBatch(register, sent, BatchOptions.ATOMIC);
            assertEquals(sent.size(), stored().size());
            throw new IllegalStateException("after " + summary.created() + " records");
        }));

        assertEquals(0, stored().size());
        assertEquals(auditBefore, audit.count());
    }
}
