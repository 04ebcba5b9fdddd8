package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the keep holds, whatever a client asks: answers of a version, within a number of rows. The version is a number
 * the test sets, no database is involved, and each read counts its runs.
 */
class KeptAnswersBoundsTest {

    /** A version set by the test, in no transaction that changed the totals. */
    private static final class SetVersion extends TotalsVersion {
        long value = 1;

        @Override
        boolean changedHere() {
            return false;
        }

        @Override
        long current(Connection connection) {
            return value;
        }
    }

    private final SetVersion version = new SetVersion();
    private final KeptAnswers keep = new KeptAnswers();
    private final AtomicInteger runs = new AtomicInteger();

    KeptAnswersBoundsTest() {
        keep.version = version;
    }

    @Test
    void anAnswerIsReadOncePerVersion() throws Exception {
        List<Integer> first = ask("ranking", 101);
        assertSame(first, ask("ranking", 101), "kept while the version stands");
        assertEquals(1, runs.get());
        version.value = 2;
        ask("ranking", 101);
        assertEquals(2, runs.get(), "a new version: read again");
        version.value = 1;
        ask("ranking", 101);
        assertEquals(3, runs.get(), "an older version than the kept answers' (a read behind a write): read, not kept");
        ask("ranking", 101);
        assertEquals(4, runs.get());
    }

    @Test
    void answersPastTheRowsKeptEmptyTheKeep() throws Exception {
        int rows = KeptAnswers.MOST_ROWS / 10;
        for (int question = 0; question < 10; question++) {
            ask("series " + question, rows);
        }
        ask("series 0", rows);
        assertEquals(10, runs.get(), "ten answers of a tenth of the rows each are all kept");

        ask("series 10", rows);
        assertEquals(11, runs.get());
        ask("series 10", rows);
        assertEquals(11, runs.get(), "the answer that took the keep past its rows is kept");
        ask("series 1", rows);
        assertEquals(12, runs.get(), "the answers kept before it are gone");
    }

    @Test
    void anAnswerLargerThanATenthOfTheRowsIsNotKept() throws Exception {
        int rows = KeptAnswers.MOST_ROWS / 10 + 1;
        ask("daily series of twenty years", rows);
        ask("daily series of twenty years", rows);
        assertEquals(2, runs.get());
    }

    /** The answer to a question, a list of as many rows, read if the keep does not have it. */
    private List<Integer> ask(String question, int rows) throws Exception {
        return keep.answer(null, List.of(question), () -> {
            runs.incrementAndGet();
            return new ArrayList<>(Collections.nCopies(rows, 0));
        });
    }
}
