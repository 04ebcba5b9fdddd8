package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.dmpindicators.totals.PeriodCover.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodCoverTest {

    /** Every day the cover stands for, walking its years, months and days one by one. */
    private static List<LocalDate> daysOf(PeriodCover cover) {
        List<LocalDate> days = new ArrayList<>();
        for (PeriodCover.Part part : cover.parts()) {
            LocalDate afterLast = switch (part.granularity()) {
                case 'Y' -> part.lastStart().plusYears(1);
                case 'M' -> part.lastStart().plusMonths(1);
                default -> part.lastStart().plusDays(1);
            };
            days.addAll(part.firstStart().datesUntil(afterLast).toList());
        }
        return days;
    }

    private static List<LocalDate> range(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    @ParameterizedTest(name = "[{0}, {1}] is covered exactly once")
    @CsvSource({"2018-01-01,2018-01-31", "2018-01-01,2018-12-31", "2017-12-16,2018-06-05", "2018-02-03,2018-02-20",
            "2018-02-28,2018-03-01", "2018-03-01,2018-03-01", "2004-08-13,2018-06-05", "2016-02-29,2016-03-31",
            "2018-01-15,2018-02-28", "2018-01-01,2018-02-14", "2016-12-31,2019-01-01", "2017-01-01,2017-12-31",
            "2016-12-31,2017-12-31", "2017-01-01,2018-01-01", "2015-03-01,2015-12-31"})
    void shouldCoverEveryDayOfTheRangeOnce(String from, String to) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        assertEquals(range(start, end), daysOf(PeriodCover.of(start, end)));
    }

    @Test
    void shouldUseYearlyAndMonthlyRowsForWholeYearsAndMonthsOnly() {
        assertEquals(List.of(new Part('D', day("2016-12-16"), day("2016-12-31")),
                new Part('Y', day("2017-01-01"), day("2017-01-01")),
                new Part('M', day("2018-01-01"), day("2018-05-01")),
                new Part('D', day("2018-06-01"), day("2018-06-05"))),
                PeriodCover.of(day("2016-12-16"), day("2018-06-05")).parts());
        assertEquals(List.of(new Part('D', day("2004-08-13"), day("2004-08-31")),
                new Part('M', day("2004-09-01"), day("2004-12-01")),
                new Part('Y', day("2005-01-01"), day("2025-01-01")),
                new Part('M', day("2026-01-01"), day("2026-10-01")),
                new Part('D', day("2026-11-01"), day("2026-11-22"))),
                PeriodCover.of(day("2004-08-13"), day("2026-11-22")).parts());
    }

    @Test
    void shouldLeaveYearsOutForSeriesByMonth() {
        assertEquals(List.of(new Part('M', day("2016-01-01"), day("2018-05-01")),
                new Part('D', day("2018-06-01"), day("2018-06-05"))),
                PeriodCover.monthsAndDays(day("2016-01-01"), day("2018-06-05")).parts());
    }

    @Test
    void shouldCoverNothingWhenTheRangeIsEmpty() {
        assertEquals(List.of(), PeriodCover.of(day("2018-01-02"), day("2018-01-01")).parts());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
