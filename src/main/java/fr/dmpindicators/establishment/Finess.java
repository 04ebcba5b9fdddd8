package fr.dmpindicators.establishment;

import fr.dmpindicators.problem.ProblemText;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a FINESS number (domain §4): nine characters, the first ones naming the département (two in mainland
 * France, {@code 2A}/{@code 2B} in Corsica, four overseas), the ninth digit a Luhn key over all nine, except for
 * Corsican numbers whose letters leave them without a key.
 */
public final class Finess {

    private static final Pattern FORMAT = Pattern.compile("\\d{9}|2[AB]\\d{7}");
    private static final Map<String, String> OVERSEAS_PREFIXES = Map.of(
            "9701", "971", "9702", "972", "9703", "973", "9704", "974", "9805", "976");

    private Finess() {
    }

    /** What is wrong with this FINESS number, or empty if it is well formed and its key is right. */
    public static Optional<ProblemText> problem(String finess) {
        if (!FORMAT.matcher(finess).matches()) {
            return Optional.of(new ProblemText("rule.finess-format"));
        }
        if (isCorsican(finess)) {
            return Optional.empty();
        }
        return hasValidLuhnKey(finess) ? Optional.empty() : Optional.of(new ProblemText("rule.finess-key"));
    }

    /** The département code that a well-formed FINESS number names (not checked against the known ones). */
    public static String departementOf(String finess) {
        if (finess.startsWith("97") || finess.startsWith("98")) {
            return OVERSEAS_PREFIXES.getOrDefault(finess.substring(0, 4), finess.substring(0, 4));
        }
        return finess.substring(0, 2);
    }

    static boolean hasValidLuhnKey(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean isCorsican(String finess) {
        return finess.startsWith("2A") || finess.startsWith("2B");
    }
}
