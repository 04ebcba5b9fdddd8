package fr.dmpindicators.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

    @ParameterizedTest(name = "{1} of {0} starts {2}, is named {3}, and the next starts {4}")
    @CsvSource({
        "2018-06-05,DAY,2018-06-05,2018-06-05,2018-06-06",
        "2018-06-05,WEEK,2018-06-04,2018-W23,2018-06-11",
        "2018-01-01,WEEK,2018-01-01,2018-W01,2018-01-08",
        "2016-01-03,WEEK,2015-12-28,2015-W53,2016-01-04",
        "2018-12-31,WEEK,2018-12-31,2019-W01,2019-01-07",
        "2018-06-05,MONTH,2018-06-01,2018-06,2018-07-01",
        "2018-06-05,QUARTER,2018-04-01,2018-Q2,2018-07-01",
        "2018-12-31,QUARTER,2018-10-01,2018-Q4,2019-01-01",
        "2018-06-05,YEAR,2018-01-01,2018,2019-01-01"})
    void shouldCutTimeIntoCalendarPeriods(String date, Interval interval, String start, String label, String next) {
        LocalDate periodStart = interval.startOf(LocalDate.parse(date));
        assertEquals(LocalDate.parse(start), periodStart);
        assertEquals(label, interval.label(periodStart));
        assertEquals(LocalDate.parse(next), interval.next(periodStart));
    }

    @ParameterizedTest
    @CsvSource({"MONTH", "QUARTER", "YEAR"})
    void shouldHoldWholeMonthsFromMonthsUp(Interval interval) {
        assertTrue(interval.holdsWholeMonths());
    }

    @ParameterizedTest
    @CsvSource({"DAY", "WEEK"})
    void shouldNotHoldWholeMonthsBelowAMonth(Interval interval) {
        assertFalse(interval.holdsWholeMonths());
    }
}
