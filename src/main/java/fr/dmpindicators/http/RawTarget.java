package fr.dmpindicators.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request target holding bytes beyond ASCII as they were sent, not percent-encoded. The HTTP codec reads the request
 * line one character per byte (ISO-8859-1), so {@code é} sent as its two UTF-8 bytes would reach the service as
 * {@code Ã©}. Such a target is read as UTF-8, as its percent-encoded form is; one that is not UTF-8 cannot be read,
 * whether its bytes are sent as they are or percent-encoded (the REST layer would read those as U+FFFD).
 */
final class RawTarget {

    private RawTarget() {
    }

    /** Whether the target holds bytes beyond ASCII as they were sent. */
    static boolean hasRawBytes(String target) {
        return target.chars().anyMatch(c -> c > 0x7F);
    }

    /** The index of the first byte that does not begin a valid UTF-8 sequence there, or −1 when the bytes are UTF-8. */
    static int firstMalformedByte(String target) {
        return TextBodies.firstMalformedByte(target.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** A byte of a target that does not begin a valid UTF-8 sequence where it is, and its character (0-based). */
    record MalformedByte(int value, int character) {
    }

    /**
     * The first percent-encoded byte of the target that does not begin a valid UTF-8 sequence there, at its percent
     * sign; none when its bytes are UTF-8. The target must be a URI: every percent sign begins two hex digits.
     */
    static Optional<MalformedByte> firstMalformedEncodedByte(String target) {
        byte[] bytes = new byte[target.length()];
        int[] characters = new int[target.length()];
        int count = 0;
        for (int i = 0; i < target.length(); i++) {
            characters[count] = i;
            if (target.charAt(i) == '%' && i + 2 < target.length()) {
                bytes[count++] = (byte) Integer.parseInt(target.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                bytes[count++] = (byte) target.charAt(i);
            }
        }
        int malformed = TextBodies.firstMalformedByte(Arrays.copyOf(bytes, count), StandardCharsets.UTF_8);
        return malformed < 0 ? Optional.empty()
                : Optional.of(new MalformedByte(bytes[malformed] & 0xFF, characters[malformed]));
    }

    /** The target with each byte beyond ASCII percent-encoded: the same UTF-8 text, written as RFC 3986 asks. */
    static String percentEncoded(String target) {
        StringBuilder encoded = new StringBuilder(target.length() * 2);
        for (char c : target.toCharArray()) {
            encoded.append(c > 0x7F ? String.format("%%%02X", (int) c) : String.valueOf(c));
        }
        return encoded.toString();
    }
}
