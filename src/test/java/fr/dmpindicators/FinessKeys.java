package fr.dmpindicators;

/**
 * Valid FINESS numbers for test data: eight characters completed with the Luhn key over the nine, worked out here
 * apart from the service's own rule so that test data does not lean on the code it tests.
 */
public final class FinessKeys {

    private FinessKeys() {
    }

    /** The nine-character FINESS whose last digit is the Luhn key of these eight digits. */
    public static String withKey(String eightDigits) {
        for (int key = 0; key < 10; key++) {
            if (luhnSum(eightDigits + key) % 10 == 0) {
                return eightDigits + key;
            }
        }
        throw new IllegalStateException("no Luhn key for " + eightDigits);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }
}
