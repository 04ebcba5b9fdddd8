package fr.dmpindicators.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code If-None-Match} header (RFC 9110 §13.1.2): {@code *}, or a list of entity tags, each compared
 * weakly (a weak {@code W/"x"} matches {@code "x"}, as the RFC prescribes for this header).
 */
final class IfNoneMatch {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?(\"[^\"]*\")\\s*(?:,|$)");

    private IfNoneMatch() {
    }

    /** Whether the header names the current tag, or any ({@code *}); an absent or unreadable one never does. */
    static boolean matches(String header, String currentTag) {
        if (header == null) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        Matcher tags = TAG.matcher(header);
        int end = 0;
        while (tags.find() && tags.start() == end) {
            if (tags.group(1).equals(currentTag)) {
                return true;
            }
            end = tags.end();
        }
        return false;
    }
}
