package fr.dmpindicators.record;

import fr.dmpindicators.totals.CountChange;
import fr.dmpindicators.write.Change;

/** The command of a DMP creation record: for its natural key, the DMP created and alimented (they never add up). */
public record RecordCounts(NaturalKey key, long created, long alimented) {

    /** How much a change moves the totals: the counts after it minus those before, one record more or less. */
    static CountChange moved(Change<RecordCounts> change) {
        RecordCounts before = change.before();
        RecordCounts after = change.after();
        NaturalKey key = change.subject().key();
        return new CountChange(key.date(), key.territory(), key.channel(), key.practitionerType(), key.finess(),
                created(after) - created(before), alimented(after) - alimented(before),
                (after == null ? 0 : 1) - (before == null ? 0 : 1));
    }

    private static long created(RecordCounts counts) {
        return counts == null ? 0 : counts.created;
    }

    private static long alimented(RecordCounts counts) {
        return counts == null ? 0 : counts.alimented;
    }
}
