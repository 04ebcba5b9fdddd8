package fr.dmpindicators.http;

import java.nio.charset.StandardCharsets;

/**
 * A request target holding bytes beyond ASCII as they were sent, not percent-encoded. The HTTP codec reads the request
 * line one character per byte (ISO-8859-1), so {@code é} sent as its two UTF-8 bytes would reach the service as
 * {@code Ã©}. Such a target is read as UTF-8, as its percent-encoded form is; one that is not UTF-8 cannot be read.
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

    /** The target with each byte beyond ASCII percent-encoded: the same UTF-8 text, written as RFC 3986 asks. */
    static String percentEncoded(String target) {
        StringBuilder encoded = new StringBuilder(target.length() * 2);
        for (char c : target.toCharArray()) {
            encoded.append(c > 0x7F ? String.format("%%%02X", (int) c) : String.valueOf(c));
        }
        return encoded.toString();
    }
}
