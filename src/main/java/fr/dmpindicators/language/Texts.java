package fr.dmpindicators.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one bundle in one language: the JDK's {@link ResourceBundle} over UTF-8 properties files (the base
 * file English, {@code _fr} French), arguments placed by {@link MessageFormat}. No fallback to the JVM's own locale,
 * so that a server started in another locale still answers English where English was chosen.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code baseName} (a resource path with dots, {@code fr.dmpindicators.source.labels}). */
    public static Texts of(String baseName, Locale locale) {
        return new Texts(ResourceBundle.getBundle(baseName, locale, Texts.class.getClassLoader(), NO_FALLBACK),
                locale);
    }

    /** The text of a key, its {@code {0}}, {@code {1}}… replaced by the arguments, written as they are given. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
