package fr.dmpindicators.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.metrics.ServiceMetrics;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemType;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.Shelf.Item;
import jakarta.enterprise.inject.Vetoed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline without a database, over a register kept in memory: which outcome each class of item gets, and that
 * persistence, side effects, audit and metrics follow the outcomes, or nothing at all on a dry run.
 */
class WritePipelineTest {

    /** The audit trail of these tests: the entries it was asked to keep, as "key before -> after". */
    @Vetoed
    static final class Trail extends AuditTrail {
        final List<String> entries = new ArrayList<>();

        @Override
        public void record(Subject entity, List<Trace> traces) {
            traces.forEach(trace -> entries.add(trace.key() + " " + trace.before() + " -> " + trace.after()));
        }
    }

    /** The metrics of these tests: counts by "subject outcome", leaving out zeros as the meters do. */
    @Vetoed
    static final class Counters extends ServiceMetrics {
        final Map<String, Long> counts = new TreeMap<>();

        @Override
        public void written(Writes writes) {
            writes.outcomes().forEach((outcome, count) -> {
                if (count > 0) {
                    counts.merge(writes.subject() + " " + outcome, (long) count, Long::sum);
                }
            });
        }
    }

    /** The caller of these tests: it may write anywhere but on the shelf {@code locked}. */
    @Vetoed
    static final class Gate extends Caller {
        @Override
        public Optional<FieldError> refusal(String territory) {
            return "locked".equals(territory) ? Optional.of(FieldError.of("shelf", "is locked")) : Optional.empty();
        }
    }

    private final Trail trail = new Trail();
    private final Counters counters = new Counters();
    private final WritePipeline pipeline = new WritePipeline();
    private Shelf shelf;

    @BeforeEach
    void wire() {
        pipeline.today = new Today();
        pipeline.audit = trail;
        pipeline.metrics = counters;
        pipeline.caller = new Gate();
        shelf = new Shelf().with("same", 5).with("changed", 5).with("locked", 1);
    }

    private static List<Item> everyClassOfItem() {
        return Arrays.asList(new Item("new", 3), new Item("same", 5), new Item("changed", 7), new Item("bad", -1),
                null, new Item("new", 4), new Item("locked", 2));
    }

    private List<Outcome> outcomes(List<Written<Shelf.Stored>> written) {
        return written.stream().map(Written::outcome).toList();
    }

    @Test
    void shouldDecideEachClassOfItemAndApplyOnlyEffectiveChanges() {
        Tally tally = new Tally();
        List<Written<Shelf.Stored>> written = pipeline.writeChunk(shelf, Chunk.whole(everyClassOfItem()),
                new BatchOptions(false, false), tally);

        assertEquals(List.of(Outcome.CREATED, Outcome.UNCHANGED, Outcome.UPDATED), outcomes(written));
        assertEquals(Map.of("changed", 7, "locked", 1, "new", 3, "same", 5), shelf.quantities());
        assertEquals(List.of("new null -> {quantity=3}", "changed {quantity=5} -> {quantity=7}"), trail.entries);
        assertEquals(1, shelf.followed.size());
        assertEquals(List.of(Outcome.CREATED, Outcome.UPDATED),
                shelf.followed.get(0).stream().map(Change::outcome).toList());
        assertNotNull(shelf.stored.get("new").at);
        assertNull(shelf.stored.get("same").at, "an unchanged item keeps its time");

        BatchSummary summary = tally.summary(new BatchOptions(false, false), "request");
        assertEquals(7, summary.received());
        assertEquals(List.of(1, 1, 1, 4), List.of(summary.created(), summary.updated(), summary.unchanged(),
                summary.rejected()));
        assertEquals(List.of("3 quantity must be zero or more", "4 item must not be null",
                "5 shelf repeats item 0 of this batch", "6 shelf is locked"), summary.errors().stream()
                .map(error -> error.index() + " " + error.field() + " " + error.message()).toList());
    }

    @Test
    void shouldDecideTheSameOnADryRunAndApplyNothing() {
        Tally tally = new Tally();
        List<Written<Shelf.Stored>> written = pipeline.writeChunk(shelf, Chunk.whole(everyClassOfItem()),
                new BatchOptions(false, true), tally);

        assertEquals(List.of(Outcome.CREATED, Outcome.UNCHANGED, Outcome.UPDATED), outcomes(written));
        assertEquals(Map.of("changed", 5, "locked", 1, "same", 5), shelf.quantities());
        assertTrue(trail.entries.isEmpty());
        assertTrue(shelf.followed.isEmpty());
        assertEquals(1, tally.count(Outcome.CREATED));
        assertEquals(4, tally.count(Outcome.REJECTED));
    }

    @Test
    void shouldRefuseAnAtomicChunkWholeForbiddenFirst() {
        ProblemException forbidden = assertThrows(ProblemException.class, () -> pipeline.writeChunk(shelf,
                Chunk.whole(everyClassOfItem()), BatchOptions.ATOMIC, new Tally()));
        assertEquals(ProblemType.FORBIDDEN, forbidden.type());
        assertEquals(List.of(new FieldError(6, "shelf", "is locked")), forbidden.errors());

        List<Item> withoutLocked = everyClassOfItem().subList(0, 6);
        ProblemException invalid = assertThrows(ProblemException.class, () -> pipeline.writeChunk(shelf,
                Chunk.whole(withoutLocked), BatchOptions.ATOMIC, new Tally()));
        assertEquals(ProblemType.VALIDATION, invalid.type());
        assertEquals(List.of(3, 4, 5), invalid.errors().stream().map(FieldError::index).toList());
        assertEquals(Map.of("changed", 5, "locked", 1, "same", 5), shelf.quantities());
        assertTrue(trail.entries.isEmpty());
    }

    @Test
    void shouldNumberTheItemsOfALaterChunkFromItsPlaceInTheWhole() {
        Tally tally = new Tally();
        pipeline.writeChunk(shelf, new Chunk<>(List.of(new Item("a", 1), new Item("b", -1)), 0),
                new BatchOptions(false, false), tally);
        pipeline.writeChunk(shelf, new Chunk<>(List.of(new Item("c", -2), new Item("c", 2), new Item("c", 3)), 2),
                new BatchOptions(false, false), tally);
        BatchSummary summary = tally.summary(new BatchOptions(false, false), "request");
        assertEquals(5, summary.received());
        assertEquals(List.of(1, 2, 4), summary.errors().stream().map(FieldError::index).toList());
        assertEquals("repeats item 3 of this batch", summary.errors().get(2).message());
        assertEquals(2, tally.count(Outcome.CREATED));
        assertEquals(3, tally.count(Outcome.REJECTED));
        assertEquals(2, shelf.rulesPrepared, "the rules are made ready once per chunk");
    }

    @Test
    void shouldWriteASingleItemAsABatchOfOneWhoseErrorsNameNoIndex() {
        ProblemException forbidden = assertThrows(ProblemException.class,
                () -> pipeline.write(shelf, new Item("locked", 2)));
        assertEquals(ProblemType.FORBIDDEN, forbidden.type());
        assertEquals(List.of(FieldError.of("shelf", "is locked")), forbidden.errors());
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> pipeline.write(shelf, new Item(null, -1)));
        assertEquals(ProblemType.VALIDATION, invalid.type());
        assertEquals(List.of(FieldError.of("shelf", "must not be null"),
                FieldError.of("quantity", "must be zero or more")), invalid.errors());

        Written<Shelf.Stored> created = pipeline.write(shelf, new Item("new", 2));
        assertEquals(Outcome.CREATED, created.outcome());
        assertEquals(2, created.stored().quantity);
        assertEquals(Outcome.UNCHANGED, pipeline.write(shelf, new Item("new", 2)).outcome());
        assertEquals(Map.of("establishment created", 1L, "establishment unchanged", 1L), counters.counts);
    }

    @Test
    void shouldDeleteThroughTheSameLastSteps() {
        pipeline.delete(shelf, shelf.stored.get("changed"));
        assertEquals(Map.of("locked", 1, "same", 5), shelf.quantities());
        assertEquals(List.of("changed {quantity=5} -> null"), trail.entries);
        assertEquals(Outcome.DELETED, shelf.followed.get(0).get(0).outcome());
        assertEquals(Map.of("establishment deleted", 1L), counters.counts);

        ProblemException forbidden = assertThrows(ProblemException.class,
                () -> pipeline.delete(shelf, shelf.stored.get("locked")));
        assertEquals(ProblemType.FORBIDDEN, forbidden.type());
        assertEquals(Map.of("locked", 1, "same", 5), shelf.quantities());
    }
}
