package fr.dmpindicators.calendar;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import java.time.LocalDate;
import java.util.List;

/**
 * The dates a query parameter may name: those of an ISO 8601 date with a four-digit year, 0001-01-01 to 9999-12-31,
 * as the contract's {@code format: date} (RFC 3339) means. Java also parses years 0, negative and above 9999, which
 * no dashboard means and which the database's date types do not all hold; they are refused as a malformed request.
 */
public final class DateParameter {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private DateParameter() {
    }

    /**
     * Refuses a period from {@code from} to {@code to} (both optional, both included) that ends before it starts: a 400
     * naming from, as an empty answer would read as a period without data.
     */
    public static void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.malformed(new ProblemText("detail.from-after-end", from, to),
                    List.of(FieldError.rule("from", "from-after-to")));
        }
    }

    /** The date itself when it is null or nameable; a 400 naming the parameter otherwise. */
    public static LocalDate checked(String parameter, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw ProblemException.malformed(
                    new ProblemText("detail.date-between", parameter, date, FIRST, LAST),
                    List.of(FieldError.rule(parameter, "date-between", FIRST, LAST)));
        }
        return date;
    }
}
