package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodCoverTest {

    /** Every day the cover stands for, walking its months and days one by one. */
    private static List<LocalDate> daysOf(PeriodCover cover) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = cover.headFrom(); !d.isAfter(cover.headTo()); d = d.plusDays(1)) {
            days.add(d);
        }
        for (LocalDate m = cover.firstMonth(); !m.isAfter(cover.lastMonth()); m = m.plusMonths(1)) {
            for (LocalDate d = m; d.getMonth() == m.getMonth(); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        for (LocalDate d = cover.tailFrom(); !d.isAfter(cover.tailTo()); d = d.plusDays(1)) {
            days.add(d);
        }
        days.sort(null);
        return days;
    }

    private static List<LocalDate> range(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    @ParameterizedTest(name = "[{0}, {1}] is covered exactly once")
    @CsvSource({"2018-01-01,2018-01-31", "2018-01-01,2018-12-31", "2017-12-16,2018-06-05", "2018-02-03,2018-02-20",
            "2018-02-28,2018-03-01", "2018-03-01,2018-03-01", "2004-08-13,2018-06-05", "2016-02-29,2016-03-31",
            "2018-01-15,2018-02-28", "2018-01-01,2018-02-14"})
    void shouldCoverEveryDayOfTheRangeOnce(String from, String to) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        assertEquals(range(start, end), daysOf(PeriodCover.of(start, end)));
    }

    @Test
    void shouldUseMonthlyRowsForWholeMonthsOnly() {
        PeriodCover cover = PeriodCover.of(LocalDate.of(2016, 12, 16), LocalDate.of(2018, 6, 5));
        assertEquals(LocalDate.of(2017, 1, 1), cover.firstMonth());
        assertEquals(LocalDate.of(2018, 5, 1), cover.lastMonth());
        assertEquals(LocalDate.of(2016, 12, 31), cover.headTo());
        assertEquals(LocalDate.of(2018, 6, 1), cover.tailFrom());
    }

    @Test
    void shouldCoverNothingWhenTheRangeIsEmpty() {
        assertEquals(List.of(), daysOf(PeriodCover.of(LocalDate.of(2018, 1, 2), LocalDate.of(2018, 1, 1))));
    }
}
