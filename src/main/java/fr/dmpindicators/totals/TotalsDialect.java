package fr.dmpindicators.totals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.SortedMap;

/**
 * What the totals need to say differently to each database: how rows are added to a table and how a read selects
 * them. Exactly one implementation is a bean, the one of the database kind the service is built for; nothing else in
 * the service knows that kind.
 */
interface TotalsDialect {

    /**
     * Adds the sums to the rows of these keys, in the order of the keys, creating the rows that do not exist yet, in
     * the transaction of the connection.
     */
    <K> void add(Connection connection, TotalsTable<K> table, SortedMap<K, Sums> rows) throws SQLException;

    /** The rows of the table for these territories over the cover that meet a condition on {@code x} (or ""). */
    CoveredRows rows(TotalsTable<?> table, Collection<String> territories, PeriodCover cover, String condition);
}
