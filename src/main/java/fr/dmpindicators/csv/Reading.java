package fr.dmpindicators.csv;

import fr.dmpindicators.language.Texts;
import java.util.Locale;

/**
 * A way a CSV value written by a French spreadsheet is read other than as written; what to tell its sender is in
 * the texts {@code readings}, in each language.
 */
public enum Reading {

    WINDOWS_1252, DEPARTEMENT_LEADING_ZERO, DAY_MONTH_YEAR;

    private static final String BUNDLE = "fr.dmpindicators.csv.readings";

    /** What was done and how to send the file so that it is read as written. */
    public String message(Locale locale) {
        return Texts.of(BUNDLE, locale).get(name());
    }

    /** A value as sent and as read, or once when they are the same text (only its bytes were read otherwise). */
    static String example(String sent, String read, Locale locale) {
        return sent.equals(read) ? read : Texts.of(BUNDLE, locale).get("read-as", sent, read);
    }
}
