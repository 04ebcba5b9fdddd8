package fr.dmpindicators.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request: the operation it aims at, the variation that made it (what it breaks, if anything), and
 * what goes on the wire. Query values are kept decoded (for the contract validator) and encoded when sent.
 */
final class FuzzRequest {

    final ContractOperation operation;
    final Variation variation;
    /** What exactly the variation broke, for the report. */
    String detail;
    final String path;
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    /** The one status this request must get, besides the contract's rules; null when any listed status will do. */
    Integer expectedStatus;
    /** This request must not be answered 2xx (it breaks a rule the contract cannot express). */
    boolean mustRefuse;
    /** A batch with bad rows: refused, or answered with those rows counted rejected, never stored silently. */
    boolean mustRejectRows;

    /** What a request breaks; some variations carry an expectation of their own besides the contract's. */
    enum Variation {
        /** Every value drawn from the contract's schemas and the domain's known values. */
        VALID,
        /** One parameter with a value its schema refuses (wrong type, out of range, overlong, control characters). */
        PARAMETER_INVALID,
        /** A required query parameter left out. */
        PARAMETER_MISSING,
        /** A query parameter the operation does not declare: must not be answered 2xx. */
        PARAMETER_UNKNOWN,
        /** A declared query parameter given twice. */
        PARAMETER_REPEATED,
        /** A JSON body its schema refuses: a required field missing or null, a wrong type, a value out of range. */
        BODY_INVALID,
        /** A JSON body with a field the schema does not declare, or a value the schema accepts at its edge. */
        BODY_EDGE,
        /** A body that is not JSON at all, or truncated, empty, too deep. */
        BODY_UNREADABLE,
        /** A CSV batch whose header or bytes cannot be read: must be refused with 4xx. */
        CSV_UNREADABLE,
        /** A CSV batch with rows that break the rules: refused, or stored with those rows counted rejected. */
        CSV_BAD_ROWS,
        /** A CSV batch of valid rows. */
        CSV_VALID,
        /** No token, or one that is forged, expired, for another audience: a write must answer 401. */
        TOKEN_INVALID,
        /** A valid token whose role or regions do not allow the write: must not be answered 2xx. */
        TOKEN_NOT_ALLOWED,
        /** A body sent with a content type the operation does not read. */
        CONTENT_TYPE,
        /** An Accept the operation may not answer. */
        ACCEPT
    }

    FuzzRequest(ContractOperation operation, Variation variation, String detail, String path) {
        this.operation = operation;
        this.variation = variation;
        this.detail = detail;
        this.path = path;
    }

    FuzzRequest query(String name, String value) {
        query.add(Map.entry(name, value));
        return this;
    }

    FuzzRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    FuzzRequest body(String contentType, byte[] bytes) {
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        body = bytes;
        return this;
    }

    String target() {
        StringBuilder target = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query) {
            target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return target.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The request as a reader of the report can replay it (token abbreviated, long bodies cut). */
    String describe() {
        StringBuilder text = new StringBuilder(operation.method()).append(' ').append(abbreviate(target(), 300));
        headers.forEach((name, value) -> text.append(" -H '").append(name).append(": ")
                .append(name.equals("Authorization") ? abbreviate(value, 20) : value).append('\''));
        if (body != null) {
            text.append(" --data '").append(abbreviate(new String(body, StandardCharsets.UTF_8), 400)).append('\'');
        }
        return text.append("   [").append(variation).append(": ").append(detail).append(']').toString();
    }

    static String abbreviate(String text, int length) {
        String printable = text.replaceAll("\\p{Cntrl}", "\uFFFD");
        return printable.length() <= length ? printable
                : printable.substring(0, length) + "…(" + printable.length() + " chars)";
    }
}
