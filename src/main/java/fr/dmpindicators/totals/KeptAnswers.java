package fr.dmpindicators.totals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answers of totals reads, kept while the version of the totals stands ({@link TotalsVersion}): a dashboard asks
 * the same questions over and over, and between two writes their answers cannot change. A read checks the version,
 * one row by its key, and runs its statement only when no answer to the same question is kept for that version. A
 * write through another replica moves the version too, so the next read everywhere sees it. The answers of a
 * transaction that changed the totals are neither kept nor taken from the keep: it sees changes no one else sees yet.
 */
@ApplicationScoped
class KeptAnswers {

    /**
     * The rows kept, all answers together: about 10 MB, far more than a dashboard's questions take. An answer that
     * would take the keep past them empties it first, as a write does; one larger than a tenth of them is not kept.
     */
    static final int MOST_ROWS = 100_000;

    /** Runs a read on a connection. */
    @FunctionalInterface
    interface Read<R> {
        List<R> run() throws SQLException;
    }

    /** The answers kept for one version, by question, and how many rows they hold. */
    private record Keep(long version, Map<List<Object>, List<?>> answers, AtomicInteger rows) {

        Keep(long version) {
            this(version, new ConcurrentHashMap<>(), new AtomicInteger());
        }
    }

    @Inject
    TotalsVersion version;

    private volatile Keep keep = new Keep(Long.MIN_VALUE);

    /**
     * The kept answer to the question, or the read's, kept for the version read before it: the read runs after the
     * version is read, so it sees at least what that version stands for, never less.
     */
    @SuppressWarnings("unchecked")
    <R> List<R> answer(Connection connection, List<Object> question, Read<R> read) throws SQLException {
        if (version.changedHere()) {
            return read.run();
        }
        long current = version.current(connection);
        Keep kept = keep;
        if (current > kept.version()) {
            kept = new Keep(current);
            keep = kept;
        } else if (current < kept.version()) {
            return read.run();
        }
        List<?> answer = kept.answers().get(question);
        if (answer != null) {
            return (List<R>) answer;
        }
        List<R> fresh = Collections.unmodifiableList(read.run());
        if (fresh.size() > MOST_ROWS / 10) {
            return fresh;
        }
        if (kept.rows().addAndGet(fresh.size()) > MOST_ROWS) {
            kept.answers().clear();
            kept.rows().set(fresh.size());
        }
        kept.answers().put(question, fresh);
        return fresh;
    }
}
