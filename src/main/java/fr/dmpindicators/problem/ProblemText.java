package fr.dmpindicators.problem;

import fr.dmpindicators.language.Texts;
import java.util.Arrays;
import java.util.Locale;

/**
 * Words of a problem as a key of the problem texts and their arguments, written out in the language the request
 * asks for only when the answer is written: a refusal is often decided where the request's headers are not known.
 * An argument that is itself a {@code ProblemText} is written in the same language; the others as they are.
 */
public record ProblemText(String key, Object... arguments) {

    private static final String BUNDLE = "fr.dmpindicators.problem.problems";

    public String in(Locale locale) {
        Object[] written = Arrays.stream(arguments)
                .map(argument -> argument instanceof ProblemText text ? text.in(locale) : String.valueOf(argument))
                .toArray();
        return texts(locale).get(key, written);
    }

    /** Words already written, in whatever language they came: shown as they are in every language. */
    public static ProblemText written(String words) {
        return new ProblemText("written", words);
    }

    /** A control character refused at a 0-based position (text.PlainText finds it; text stays below problem). */
    public static ProblemText controlCharacter(String character, int position) {
        return new ProblemText("rule.control-character", character, String.valueOf(position));
    }

    /** The problem texts of a language, for words written where the request's language is known. */
    public static Texts texts(Locale locale) {
        return Texts.of(BUNDLE, locale);
    }

    /** Equal words: the same key and arguments (a record compares an array by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemText text && key.equals(text.key) && Arrays.equals(arguments, text.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }

    /** A problem type's title in a language. */
    public static String title(ProblemType type, Locale locale) {
        return new ProblemText("title." + type.slug()).in(locale);
    }
}
