package fr.dmpindicators.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** An item's outcome follows from the state its command asks for and the state stored, nothing else. */
class ChangeTest {

    record Counts(String key, long created, long alimented) {
    }

    private static final Counts ASKED = new Counts("2018-01-02|94|CPAM||", 12, 3);

    @Test
    void shouldCreateWhatNothingStoredHasTheKeyOf() {
        Change<Counts> change = Change.of(ASKED, null);
        assertEquals(Outcome.CREATED, change.outcome());
        assertNull(change.before());
        assertSame(ASKED, change.after());
    }

    @Test
    void shouldLeaveUnchangedWhatIsStoredAlreadyEvenAsAnotherInstance() {
        Change<Counts> change = Change.of(ASKED, new Counts("2018-01-02|94|CPAM||", 12, 3));
        assertEquals(Outcome.UNCHANGED, change.outcome());
    }

    @Test
    void shouldUpdateWhenAnyValueDiffers() {
        Counts stored = new Counts("2018-01-02|94|CPAM||", 12, 2);
        Change<Counts> change = Change.of(ASKED, stored);
        assertEquals(Outcome.UPDATED, change.outcome());
        assertSame(stored, change.before());
        assertSame(ASKED, change.after());
        assertEquals(Outcome.UPDATED, Change.of(ASKED, new Counts("2018-01-02|94|CPAM||", 0, 3)).outcome());
    }

    @Test
    void shouldDeleteWhatIsStoredAndNameItByItsLastState() {
        Change<Counts> change = Change.deletion(ASKED);
        assertEquals(Outcome.DELETED, change.outcome());
        assertNull(change.after());
        assertSame(ASKED, change.subject());
        assertThrows(NullPointerException.class, () -> Change.deletion(null));
        assertThrows(NullPointerException.class, () -> Change.of(null, ASKED));
    }

    @Test
    void shouldChangeTheStoreForEveryOutcomeButUnchangedAndRejected() {
        assertEquals(EnumSet.of(Outcome.CREATED, Outcome.UPDATED, Outcome.DELETED),
                EnumSet.copyOf(Arrays.stream(Outcome.values()).filter(Outcome::changesStore).toList()));
    }
}
