package fr.dmpindicators.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every request body (JSON or CSV) that declares no other charset is read as UTF-8, and only well-formed UTF-8: a
 * malformed sequence (an invalid byte, a lone continuation byte, an overlong encoding, a surrogate, a sequence cut
 * short) refuses the whole body with 400, naming its line and column, before any item is bound. The JDK's strict decoder judges; Jackson alone
 * would answer a 500 for CSV and, for JSON, either blame a field or decode an overlong form silently.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String charset = context.getMediaType() == null ? null
                : context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset)) {
            return context.proceed(); // another declared charset: its reader decodes it strictly (CsvBodyReader)
        }
        byte[] body = context.getInputStream().readAllBytes();
        int malformed = firstMalformedByte(body);
        if (malformed >= 0) {
            throw refusal(body, malformed);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The offset of the first byte of the first malformed sequence, or −1 when the bytes are well-formed UTF-8. */
    static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        CoderResult end = decoder.flush(out);
        return end.isError() ? in.position() : -1;
    }

    private static ProblemException refusal(byte[] body, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + 1;
        String where = "line " + line + ", byte " + column + " of the line";
        return ProblemException.malformed("The body is not well-formed UTF-8 (" + where + ": 0x"
                + String.format("%02X", body[offset] & 0xFF) + " does not start a valid sequence there);"
                + " nothing was stored.", List.of(FieldError.of("body", "is not well-formed UTF-8 at " + where)));
    }
}
