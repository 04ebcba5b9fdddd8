package fr.dmpindicators.csv;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What French spreadsheets do to the cells of a CSV file, undone where the meaning is certain and reported:
 * a département code of one digit lost its leading zero; a date is shown JJ/MM/AAAA. Cells that need no reading
 * pass as written.
 */
final class FrenchCells {

    /** In every model read from CSV, {@code territory} holds a territory code, and none is a single digit. */
    static final String TERRITORY = "territory";

    private static final Pattern ONE_DIGIT = Pattern.compile("[1-9]");
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private final Set<String> dateColumns;
    private final boolean dayFirst;
    private final Reinterpretations reinterpretations;

    /**
     * @param dayFirst whether the file is {@code ;}-separated, the mark of a French spreadsheet: only there is a
     *                 slashed date certainly day first (an American one writes M/D/YYYY and separates with commas)
     */
    FrenchCells(Set<String> dateColumns, boolean dayFirst, Reinterpretations reinterpretations) {
        this.dateColumns = dateColumns;
        this.dayFirst = dayFirst;
        this.reinterpretations = reinterpretations;
    }

    /** The value to bind for a trimmed, non-empty cell; a slashed date that cannot be read throws its error. */
    String read(int row, String field, String cell) throws Unreadable {
        if (TERRITORY.equals(field) && ONE_DIGIT.matcher(cell).matches()) {
            return reinterpreted(row, field, Reading.DEPARTEMENT_LEADING_ZERO, cell, "0" + cell);
        }
        Matcher date = SLASHED_DATE.matcher(cell);
        if (!dateColumns.contains(field) || !date.matches()) {
            return cell;
        }
        if (!dayFirst) {
            throw new Unreadable(new FieldError(row, field, new ProblemText("rule.ambiguous-date", cell)));
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1)));
            return reinterpreted(row, field, Reading.DAY_MONTH_YEAR, cell, day.toString());
        } catch (DateTimeException notADay) {
            throw new Unreadable(new FieldError(row, field, new ProblemText("rule.no-such-day", cell)));
        }
    }

    private String reinterpreted(int row, String field, Reading reading, String sent, String read) {
        reinterpretations.add(row, field, reading, sent, read);
        return read;
    }

    /** A cell that cannot be read, with the error that says how to write it. */
    static final class Unreadable extends Exception {
        private final transient FieldError error;

        Unreadable(FieldError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }

        FieldError error() {
            return error;
        }
    }
}
