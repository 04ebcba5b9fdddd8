package fr.dmpindicators.csv;

/** A way a CSV value written by a French spreadsheet is read other than as written, and what to tell its sender. */
public enum Reading {

    WINDOWS_1252("The body is not UTF-8 and names no charset: it was read as Windows-1252, as French Excel saves"
            + " \"CSV (séparateur: point-virgule)\"; check these values. Send it with"
            + " \"Content-Type: text/csv; charset=windows-1252\", or save it as \"CSV UTF-8\", to have it read as"
            + " written."),
    DEPARTEMENT_LEADING_ZERO("A département code of one digit, its leading zero lost by the spreadsheet, was read"
            + " with it (1 as 01). Format the column as text to keep the zero."),
    DAY_MONTH_YEAR("Dates written JJ/MM/AAAA, as French spreadsheets show them, were read day first. Write them"
            + " AAAA-MM-JJ to have them read as written.");

    private final String message;

    Reading(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
