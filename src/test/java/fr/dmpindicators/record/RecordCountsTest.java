package fr.dmpindicators.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.totals.CountChange;
import fr.dmpindicators.write.Change;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a change of a record moves in the totals: its counts after minus its counts before, and one record. */
class RecordCountsTest {

    private static final LocalDate DAY = LocalDate.of(2018, 3, 14);
    private static final NaturalKey KEY = new NaturalKey(DAY, "01", Channel.ESTABLISHMENT, "010000024", null);

    @Test
    void shouldAddANewRecordWhole() {
        assertEquals(new CountChange(DAY, "01", Channel.ESTABLISHMENT, null, "010000024", 40, 7, 1),
                RecordCounts.moved(Change.of(new RecordCounts(KEY, 40, 7), null)));
    }

    @Test
    void shouldMoveAReplacedRecordByTheDifferenceOnly() {
        assertEquals(new CountChange(DAY, "01", Channel.ESTABLISHMENT, null, "010000024", -15, 5, 0),
                RecordCounts.moved(Change.of(new RecordCounts(KEY, 25, 12), new RecordCounts(KEY, 40, 7))));
    }

    @Test
    void shouldTakeADeletedRecordWholeAway() {
        NaturalKey practitioner = new NaturalKey(DAY, "2A", Channel.PRACTITIONER, null, PractitionerType.NURSE);
        assertEquals(new CountChange(DAY, "2A", Channel.PRACTITIONER, PractitionerType.NURSE, null, -9, -2, -1),
                RecordCounts.moved(Change.deletion(new RecordCounts(practitioner, 9, 2))));
    }
}
