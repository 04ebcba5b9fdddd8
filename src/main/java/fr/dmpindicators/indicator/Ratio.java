package fr.dmpindicators.indicator;

import fr.dmpindicators.problem.ProblemText;

/**
 * A numerator over a denominator, with the reason when it cannot be divided: a missing or zero denominator gives
 * no value, never a division by zero. The reason is written in the answer's language when the answer is.
 */
public record Ratio(long numerator, Long denominator, Double value, ProblemText reason) {

    public static Ratio of(long numerator, Long denominator, ProblemText reasonWhenZero) {
        if (denominator == null) {
            return new Ratio(numerator, null, null, reasonWhenZero);
        }
        if (denominator == 0) {
            return new Ratio(numerator, denominator, null, reasonWhenZero);
        }
        return new Ratio(numerator, denominator, (double) numerator / denominator, null);
    }

    /** The quotient alone, null when the denominator is missing or zero. */
    public static Double quotient(long numerator, Long denominator) {
        return of(numerator, denominator, null).value();
    }

    /** A count: the value is the numerator itself. */
    public static Ratio count(long count) {
        return new Ratio(count, null, (double) count, null);
    }

    /** Growth from a start value to an end value, relative to the start value. */
    public static Ratio growth(long start, long end, ProblemText reasonWhenZero) {
        return of(end - start, start, reasonWhenZero);
    }
}
