package fr.dmpindicators.language;

import java.util.List;
import java.util.Locale;

/**
 * The languages the service answers in, and the one a request's {@code Accept-Language} asks for (RFC 9110 §12.5.4):
 * the JDK's own reading of language ranges and q-values ({@link Locale.LanguageRange}, {@link Locale#lookup}).
 * English when the header is absent, unreadable or names neither language: the service answered in English before
 * it spoke French, so clients that never sent the header keep reading what they read. Keep in step with
 * {@code quarkus.default-locale} and {@code quarkus.locales}, which Hibernate Validator's messages follow.
 */
public final class Language {

    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";

    public static final Locale DEFAULT = Locale.ENGLISH;

    /** Both languages, in the order a wildcard ({@code *}) or a tie prefers them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Language() {
    }

    /** The language to answer in: the supported one the header weighs highest, or {@link #DEFAULT}. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? DEFAULT : chosen;
        } catch (IllegalArgumentException unreadable) {
            // RFC 9110 lets a server ignore a header it cannot read rather than refuse the request.
            return DEFAULT;
        }
    }
}
