package fr.dmpindicators.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinessTest {

    @ParameterizedTest(name = "{0} is a real FINESS number (domain §4) and passes")
    @ValueSource(strings = {"010000024", "970400024", "010002301"})
    void shouldAcceptTheRealExamplesOfTheDomain(String finess) {
        assertTrue(Finess.problem(finess).isEmpty(), () -> finess + " was refused: " + Finess.problem(finess));
    }

    @ParameterizedTest(name = "{0} has a wrong Luhn key")
    @ValueSource(strings = {"010000025", "970400020", "010002300", "123456789"})
    void shouldRejectAWrongCheckKey(String finess) {
        assertEquals("has a wrong check key (Luhn)", Finess.problem(finess).orElseThrow().in(Language.DEFAULT));
    }

    @ParameterizedTest(name = "\"{0}\" is not nine characters of the right kind")
    @ValueSource(strings = {"", "01000002", "0100000240", "01000002X", "2C0000001", "ABCDEFGHI", "01 000002"})
    void shouldRejectAMalformedNumber(String finess) {
        assertTrue(Finess.problem(finess).orElseThrow().in(Language.DEFAULT).startsWith("must be 9 digits"));
    }

    @ParameterizedTest(name = "Corsican {0} skips the key")
    @ValueSource(strings = {"2A0000001", "2B1234567"})
    void shouldAcceptCorsicanNumbersWithoutKey(String finess) {
        assertTrue(Finess.problem(finess).isEmpty());
    }

    @ParameterizedTest(name = "{0} stands in département {1}")
    @CsvSource({"010000024,01", "940110018,94", "2A0000001,2A", "970100000,971", "970200000,972", "970300000,973",
            "970400024,974", "980500000,976"})
    void shouldNameTheDepartementFromThePrefix(String finess, String departement) {
        assertEquals(departement, Finess.departementOf(finess));
    }

    @ParameterizedTest(name = "Luhn of {0} is {1}")
    @CsvSource({"79927398713,true", "79927398710,false", "0,true", "18,true", "19,false"})
    void shouldComputeTheStandardLuhnKey(String digits, boolean valid) {
        assertEquals(valid, Finess.hasValidLuhnKey(digits));
    }
}
