package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.totals.TotalsTable.SourceKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TotalsTableTest {

    @Test
    void shouldSortRowsColumnAfterColumnWhateverTheOrderTheyCameIn() {
        List<SourceKey> ordered = List.of(
                new SourceKey("75", Granularity.DAY, day("2019-12-31"), Channel.CPAM, null),
                new SourceKey("75", Granularity.DAY, day("2020-01-01"), Channel.CPAM, null),
                new SourceKey("75", Granularity.MONTH, day("2019-12-01"), Channel.PRACTITIONER, null),
                new SourceKey("75", Granularity.MONTH, day("2019-12-01"), Channel.PRACTITIONER,
                        PractitionerType.NURSE),
                new SourceKey("75", Granularity.YEAR, day("2019-01-01"), Channel.CPAM, null),
                new SourceKey("FR", Granularity.DAY, day("2004-08-13"), Channel.AUTOMATIC, null),
                new SourceKey("R1", Granularity.YEAR, day("2004-01-01"), Channel.PATIENT, null),
                new SourceKey("R11", Granularity.DAY, day("2004-08-13"), Channel.AUTOMATIC, null));
        List<SourceKey> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(11));
        Map<SourceKey, Sums> rows = new LinkedHashMap<>();
        shuffled.forEach(key -> rows.put(key, new Sums(key.periodStart().getDayOfMonth(), 0, 1)));
        List<Map.Entry<SourceKey, Sums>> sorted = TotalsTable.BY_SOURCE.inLockOrder(rows);
        assertEquals(ordered, sorted.stream().map(Map.Entry::getKey).toList());
        sorted.forEach(row -> assertEquals(row.getKey().periodStart().getDayOfMonth(), row.getValue().created()));
    }

    @Test
    void shouldDeriveTheStatementsFromTheDescriptionOfTheTable() {
        String rows = "SELECT * FROM UNNEST(CAST(? AS VARCHAR(3) ARRAY), CAST(? AS CHAR(1) ARRAY),"
                + " CAST(? AS DATE ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY))";
        assertEquals("INSERT INTO dmp_total_all_sources AS t (territory_code, granularity, period_start, created,"
                + " alimented, records) " + rows + " ON CONFLICT ON CONSTRAINT dmp_total_all_sources_pk DO UPDATE SET"
                + " created = t.created + EXCLUDED.created, alimented = t.alimented + EXCLUDED.alimented,"
                + " records = t.records + EXCLUDED.records",
                new PostgresqlTotalsDialect().addition(TotalsTable.ALL_SOURCES));
        assertEquals("MERGE INTO dmp_total_all_sources t USING (" + rows + ") AS s (territory_code, granularity,"
                + " period_start, created, alimented, records) ON t.territory_code = s.territory_code"
                + " AND t.granularity = s.granularity AND t.period_start = s.period_start WHEN MATCHED THEN UPDATE SET"
                + " created = t.created + s.created, alimented = t.alimented + s.alimented,"
                + " records = t.records + s.records WHEN NOT MATCHED THEN INSERT (territory_code, granularity,"
                + " period_start, created, alimented, records) VALUES (s.territory_code, s.granularity,"
                + " s.period_start, s.created, s.alimented, s.records)",
                new H2TotalsDialect().addition(TotalsTable.ALL_SOURCES));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
