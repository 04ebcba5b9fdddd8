package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.record.DmpCreation;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stored rows found among more keys than one array holds on H2 (65 536 values), as a batch bigger than the default
 * {@code dmp.batch.max-items} looks its records up: each stored key found once, in key order, whatever the order and
 * the repeats of the keys asked.
 */
@QuarkusTest
class LockedByKeysTest {

    @Inject
    LockedByKeys lockedByKeys;

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void findsTheStoredAmongSeventyThousandKeys() {
        List<String> stored = List.of("2019-03-01|75|CPAM||", "2021-06-15|13|PATIENT||", "2024-01-31|2A|AUTOMATIC||");
        for (int i = 0; i < stored.size(); i++) {
            String[] parts = stored.get(i).split("\\|", -1);
            entityManager.createNativeQuery("INSERT INTO dmp_creation (id, record_date, territory_code, channel,"
                    + " created, alimented, recorded_at, natural_key) VALUES (?1, CAST(?2 AS DATE), ?3, ?4, 1, 0,"
                    + " CURRENT_TIMESTAMP, ?5)").setParameter(1, -1 - i).setParameter(2, parts[0])
                    .setParameter(3, parts[1]).setParameter(4, parts[2]).setParameter(5, stored.get(i)).executeUpdate();
        }
        List<String> asked = new ArrayList<>();
        for (int i = 70_000; i > 0; i--) {
            asked.add("2020-01-01|" + i + "|CPAM||");
        }
        asked.add(stored.get(2));
        asked.add(35_000, stored.get(0));
        asked.add(stored.get(1));
        asked.add(0, stored.get(2));

        List<String> found = lockedByKeys.find(DmpCreation.class, "dmp_creation", "natural_key", asked).stream()
                .map(record -> record.naturalKey).toList();

        assertEquals(stored, found);
    }
}
