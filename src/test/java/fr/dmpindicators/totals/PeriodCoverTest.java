package fr.dmpindicators.totals;

import static fr.dmpindicators.totals.Granularity.DAY;
import static fr.dmpindicators.totals.Granularity.MONTH;
import static fr.dmpindicators.totals.Granularity.YEAR;
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
                case YEAR -> part.lastStart().plusYears(1);
                case MONTH -> part.lastStart().plusMonths(1);
                case DAY -> part.lastStart().plusDays(1);
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
        assertEquals(List.of(new Part(DAY, day("2016-12-16"), day("2016-12-31")),
                new Part(YEAR, day("2017-01-01"), day("2017-01-01")),
                new Part(MONTH, day("2018-01-01"), day("2018-05-01")),
                new Part(DAY, day("2018-06-01"), day("2018-06-05"))),
                PeriodCover.of(day("2016-12-16"), day("2018-06-05")).parts());
        assertEquals(List.of(new Part(DAY, day("2004-08-13"), day("2004-08-31")),
                new Part(MONTH, day("2004-09-01"), day("2004-12-01")),
                new Part(YEAR, day("2005-01-01"), day("2025-01-01")),
                new Part(MONTH, day("2026-01-01"), day("2026-10-01")),
                new Part(DAY, day("2026-11-01"), day("2026-11-22"))),
                PeriodCover.of(day("2004-08-13"), day("2026-11-22")).parts());
    }

    @Test
    void shouldLeaveYearsOutForSeriesByMonth() {
        assertEquals(List.of(new Part(MONTH, day("2016-01-01"), day("2018-05-01")),
                new Part(DAY, day("2018-06-01"), day("2018-06-05"))),
                PeriodCover.monthsAndDays(day("2016-01-01"), day("2018-06-05")).parts());
    }

    @ParameterizedTest(name = "[{0}, {1}] is covered exactly once by months and days")
    @CsvSource({"2016-12-31,2019-01-01", "2018-02-28,2018-03-01", "2018-01-01,2018-01-31", "2017-12-16,2018-06-05"})
    void shouldCoverEveryDayOnceWithoutYears(String from, String to) {
        PeriodCover cover = PeriodCover.monthsAndDays(LocalDate.parse(from), LocalDate.parse(to));
        assertEquals(range(LocalDate.parse(from), LocalDate.parse(to)), daysOf(cover));
        assertEquals(List.of(), cover.parts().stream().filter(part -> part.granularity() == YEAR).toList());
    }

    @Test
    void shouldCoverARangeByDaysInOnePart() {
        assertEquals(List.of(new Part(DAY, day("2017-12-30"), day("2018-02-02"))),
                PeriodCover.days(day("2017-12-30"), day("2018-02-02")).parts());
    }

    @Test
    void shouldCoverNothingWhenTheRangeIsEmpty() {
        assertEquals(List.of(), PeriodCover.of(day("2018-01-02"), day("2018-01-01")).parts());
        assertEquals(List.of(), PeriodCover.monthsAndDays(day("2018-01-02"), day("2018-01-01")).parts());
        assertEquals(List.of(), PeriodCover.days(day("2018-01-02"), day("2018-01-01")).parts());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
