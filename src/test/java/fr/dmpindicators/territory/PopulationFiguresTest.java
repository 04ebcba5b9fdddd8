package fr.dmpindicators.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.dmpindicators.AnotherReplica;
import fr.dmpindicators.territory.PopulationResolver.ScopePopulation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reference populations are kept in memory while their version stands. These tests write a figure for Corse-du-Sud in
 * 1990, a year no other test reads, as another replica would (its own connection, its own transaction) or through
 * this service in a transaction that is rolled back, and remove it afterwards.
 */
@QuarkusTest
class PopulationFiguresTest {

    private static final String CORSE_DU_SUD = "2A";
    private static final int YEAR = 1990;

    @Inject
    PopulationResolver resolver;

    @Inject
    ReferencePopulationRepository populations;

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeTheFigure() throws SQLException {
        asAnotherReplica("DELETE FROM reference_population WHERE territory_code = ? AND population_year = ?",
                CORSE_DU_SUD, YEAR);
        asAnotherReplica("UPDATE reference_population_version SET version = ?",
                ThreadLocalRandom.current().nextLong());
    }

    @Test
    void aFigureWrittenByAnotherReplicaIsSeenByTheNextRead() throws SQLException {
        assertFalse(population().isKnown(), "no figure for 1990 before the test");

        asAnotherReplica("INSERT INTO reference_population (territory_code, population_year, population, source_label)"
                + " VALUES (?, ?, ?, ?)", CORSE_DU_SUD, YEAR, 118_000L, "another replica");
        assertFalse(population().isKnown(), "kept while the version stands: the figure is not read again");

        asAnotherReplica("UPDATE reference_population_version SET version = ?",
                ThreadLocalRandom.current().nextLong());
        assertEquals(118_000L, population().population(), "a new version makes the next read take the figures again");
    }

    @Test
    void aFigureReadInATransactionThatIsRolledBackIsNotKept() {
        QuarkusTransaction.begin();
        try {
            populations.persist(new ReferencePopulation(CORSE_DU_SUD, YEAR, 99_000L, "rolled back"));
            populations.changed();
            assertEquals(99_000L, resolver.resolve(List.of(CORSE_DU_SUD), YEAR).population(),
                    "the writing transaction reads its own figure");
        } finally {
            QuarkusTransaction.rollback();
        }
        assertFalse(population().isKnown(), "the rolled-back figure is gone from the next read");
    }

    private ScopePopulation population() {
        return QuarkusTransaction.requiringNew().call(() -> resolver.resolve(List.of(CORSE_DU_SUD), YEAR));
    }

    private void asAnotherReplica(String sql, Object... values) throws SQLException {
        AnotherReplica.write(dataSource, sql, values);
    }
}
