package fr.dmpindicators.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The language chosen for each kind of Accept-Language header (RFC 9110 §12.5.4, RFC 4647 lookup). */
class LanguageTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | fr",
        "en | en",
        "FR | fr",
        "fr-FR | fr",
        "fr-CA, en;q=0.5 | fr",
        "en-GB | en",
        "en;q=0.4, fr;q=0.8 | fr",
        "fr;q=0.3, en;q=0.9 | en",
        "de, fr;q=0.5 | fr",
        "de-DE, de;q=0.9, en;q=0.1 | en",
        "fr;q=0, en | en",
        "en;q=0, fr | fr",
    })
    void shouldChooseTheSupportedLanguageTheClientWeighsHighest(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), Language.of(header));
    }

    @ParameterizedTest(name = "\"{0}\" → English")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "de", "de-DE, es;q=0.8", "*", "zz-ZZ", "fr;q=0", "fr;q=abc", "fr;q=2", ";;;",
        "fr en"})
    void shouldFallBackToEnglishWhenTheHeaderIsAbsentUnreadableOrNamesNeither(String header) {
        assertEquals(Locale.ENGLISH, Language.of(header));
    }
}
