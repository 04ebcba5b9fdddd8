package fr.dmpindicators.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-None-Match as RFC 9110 §13.1.2 reads it: a wildcard, or a list of entity tags compared weakly. */
class IfNoneMatchTest {

    private static final String CURRENT = "\"abc-_1\"";

    @ParameterizedTest(name = "{0} matches")
    @ValueSource(strings = {"\"abc-_1\"", "W/\"abc-_1\"", "*", " * ", "\"x\", \"abc-_1\"", "\"x\",W/\"abc-_1\"",
        " \"abc-_1\" ", "W/\"y\", W/\"abc-_1\", \"z\""})
    void shouldMatchTheCurrentTagAWeakFormOfItOrAnyTag(String header) {
        assertTrue(IfNoneMatch.matches(header, CURRENT));
    }

    @ParameterizedTest(name = "{0} does not match")
    @NullAndEmptySource
    @ValueSource(strings = {"\"abc\"", "abc-_1", "\"ABC-_1\"", "w/\"abc-_1\"", "\"x\" \"abc-_1\"", "**",
        "\"abc-_1\"x", "\"x\"; \"abc-_1\""})
    void shouldNotMatchAnotherTagOrAnUnreadableHeader(String header) {
        assertFalse(IfNoneMatch.matches(header, CURRENT));
    }
}
