package fr.dmpindicators.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The transfer codings a request names in Transfer-Encoding, in the order they were applied (RFC 9112 section 6.1).
 * The service implements chunked alone. A body whose last coding is not chunked, once, has no end the service can find:
 * the HTTP codec reads such a request as having no body and would read what follows as the next request.
 */
record TransferCodings(List<String> codings) {

    private static final String CHUNKED = "chunked";

    /** The codings of every Transfer-Encoding field of a request, in order; none without the field. */
    static TransferCodings of(List<String> fields) {
        return new TransferCodings(fields.stream()
                .flatMap(field -> Arrays.stream(field.split(",")))
                .map(coding -> coding.trim().toLowerCase(Locale.ROOT))
                .filter(coding -> !coding.isEmpty())
                .toList());
    }

    /** Whether the body's end can be found: no transfer coding, or chunked last and only once. */
    boolean framed() {
        return codings.isEmpty() || codings.indexOf(CHUNKED) == codings.size() - 1;
    }

    /** Whether a coding other than chunked was applied, which the service cannot undo. */
    boolean beyondChunked() {
        return codings.size() > 1;
    }

    @Override
    public String toString() {
        return String.join(", ", codings);
    }
}
