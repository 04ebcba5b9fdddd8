package fr.dmpindicators.http;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every request body (JSON or CSV) is read only if it is well-formed text in the charset its content type declares
 * (UTF-8 when none): a malformed sequence (an invalid byte, a lone continuation byte, an overlong encoding, a
 * surrogate, a sequence cut short) refuses the whole body with 400, naming its line and byte, before any item is
 * bound. The JDK's strict decoder judges, once, here; Jackson alone would answer a 500 for CSV and, for JSON, either
 * blame a field or decode an overlong form silently. A charset the JDK does not know is left to the body's reader,
 * which refuses it (415). One exception: a CSV body naming no charset that is not UTF-8 but is well-formed
 * Windows-1252, what French Excel saves, is left to the CSV reader, which reads it so and says so.
 */
@Provider
public class TextBodies implements ReaderInterceptor {

    private static final int CHUNK = 1 << 16;

    /** The charset of a CSV body that names none and is not UTF-8, if it is well-formed in it. */
    public static final Charset SPREADSHEET_CHARSET = Charset.forName("windows-1252");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == File.class) {
            // A whole file (an import) is streamed to disk unread; its job judges the text, a chunk at a time.
            return context.proceed();
        }
        Charset charset;
        try {
            charset = declaredCharset(context.getMediaType());
        } catch (IllegalArgumentException unknown) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        int malformed = firstMalformedByte(body, charset);
        boolean spreadsheet = context.getMediaType() != null && "csv".equals(context.getMediaType().getSubtype())
                && !context.getMediaType().getParameters().containsKey(MediaType.CHARSET_PARAMETER);
        if (malformed >= 0 && spreadsheet && !startsWithUtf8Mark(body)) {
            int alsoMalformed = firstMalformedByte(body, SPREADSHEET_CHARSET);
            if (alsoMalformed >= 0) {
                throw refusal(body, alsoMalformed, new ProblemText("detail.charset-nor", StandardCharsets.UTF_8.name(),
                        SPREADSHEET_CHARSET.name()), "detail.malformed-spreadsheet");
            }
        } else if (malformed >= 0) {
            throw refusal(body, malformed, ProblemText.written(charset.name()), "detail.malformed-bytes");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The charset a content type names, UTF-8 when it names none; unknown names throw IllegalArgumentException. */
    public static Charset declaredCharset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /**
     * Whether bytes sent without a charset are to be read as {@link #SPREADSHEET_CHARSET}: not UTF-8, but it. A body
     * that starts with UTF-8's byte-order mark claims UTF-8, and is judged as such.
     */
    public static boolean isSpreadsheetFallback(byte[] bytes) {
        return !startsWithUtf8Mark(bytes) && firstMalformedByte(bytes, StandardCharsets.UTF_8) >= 0
                && firstMalformedByte(bytes, SPREADSHEET_CHARSET) < 0;
    }

    private static boolean startsWithUtf8Mark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The offset of the first byte of the first malformed sequence, or −1 when the bytes are well-formed text. */
    static int firstMalformedByte(byte[] bytes, Charset charset) {
        try {
            return (int) firstMalformedByte(new ByteArrayInputStream(bytes), charset);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /**
     * The offset of the first byte of the first malformed sequence of a stream, or −1 when it is well-formed text:
     * read once, a chunk at a time, so that a file of any size is judged without being held (an import job's).
     */
    public static long firstMalformedByte(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long start = 0;
        while (true) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            boolean last = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0)).flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, last);
                if (result.isError()) {
                    return start + bytes.position();
                }
                chars.clear();
            } while (result.isOverflow());
            if (last) {
                return decoder.flush(chars).isError() ? start + bytes.position() : -1;
            }
            // an incomplete sequence at the end of the chunk stays for the next one
            start += bytes.position();
            bytes.compact();
        }
    }

    /**
     * A refusal naming the line and byte of the first malformed one, in the words of {@code detailKey}, which may add
     * how to fix the body.
     */
    private static ProblemException refusal(byte[] body, int offset, ProblemText encodings, String detailKey) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + 1;
        return ProblemException.malformed(new ProblemText(detailKey, encodings, line, column,
                String.format("%02X", body[offset] & 0xFF)),
                List.of(FieldError.rule("body", "malformed-bytes", encodings, line, column)));
    }
}
