package fr.dmpindicators;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands each test its own day, so that tests sharing one database never touch each other's records: a test
 * filters its reads by the day it was given. The days come from an era no test writes in on a date of its own
 * (2010 to 2013; those tests write in 2014 and later), so that however many days the suite takes, or in whatever
 * order its tests run, no handed-out day holds another test's records; a suite that needs more fails here, loudly.
 */
public final class TestDates {

    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2013, 12, 31);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDates() {
    }

    public static LocalDate unusedDay() {
        LocalDate day = FIRST.plusDays(NEXT.getAndIncrement());
        if (day.isAfter(LAST)) {
            throw new IllegalStateException("TestDates' era (" + FIRST + " to " + LAST + ") is used up");
        }
        return day;
    }
}
