package fr.dmpindicators.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GranularityTest {

    @Test
    void shouldStoreTheCodesTheMigrationsCheck() {
        assertEquals(List.of("D", "M", "Y"), Arrays.stream(Granularity.values()).map(Granularity::code).toList());
    }

    @ParameterizedTest(name = "{0} falls in the day {1}, the month {2}, the year {3}")
    @CsvSource({"2018-03-15,2018-03-15,2018-03-01,2018-01-01", "2018-01-01,2018-01-01,2018-01-01,2018-01-01",
            "2018-12-31,2018-12-31,2018-12-01,2018-01-01", "2020-02-29,2020-02-29,2020-02-01,2020-01-01",
            "2004-08-13,2004-08-13,2004-08-01,2004-01-01"})
    void shouldStartThePeriodHoldingADayOnItsFirstDay(LocalDate day, LocalDate dayStart, LocalDate monthStart,
            LocalDate yearStart) {
        assertEquals(dayStart, Granularity.DAY.startOf(day));
        assertEquals(monthStart, Granularity.MONTH.startOf(day));
        assertEquals(yearStart, Granularity.YEAR.startOf(day));
    }

    @Test
    void shouldStepFromPeriodToPeriodAcrossYearEnds() {
        assertEquals(LocalDate.of(2019, 1, 1), Granularity.DAY.plus(LocalDate.of(2018, 12, 31), 1));
        assertEquals(LocalDate.of(2017, 12, 1), Granularity.MONTH.plus(LocalDate.of(2018, 1, 1), -1));
        assertEquals(LocalDate.of(2020, 3, 1), Granularity.MONTH.plus(LocalDate.of(2020, 2, 1), 1));
        assertEquals(LocalDate.of(2016, 1, 1), Granularity.YEAR.plus(LocalDate.of(2018, 1, 1), -2));
    }

    @Test
    void shouldSplitYearsIntoMonthsAndMonthsIntoDaysOnly() {
        assertEquals(Granularity.MONTH, Granularity.YEAR.finer());
        assertEquals(Granularity.DAY, Granularity.MONTH.finer());
        assertThrows(IllegalStateException.class, Granularity.DAY::finer);
    }
}
