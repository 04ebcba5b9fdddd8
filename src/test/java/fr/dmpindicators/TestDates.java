package fr.dmpindicators;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands each test its own day, so that tests sharing one database never touch each other's records: a test
 * filters its reads by the day it was given.
 */
public final class TestDates {

    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDates() {
    }

    public static LocalDate unusedDay() {
        return FIRST.plusDays(NEXT.getAndIncrement());
    }
}
