package fr.dmpindicators.imports;

import fr.dmpindicators.http.TextBodies;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a file's text is decoded, judged once over the whole file as the batch endpoint judges a body
 * ({@link TextBodies}): the charset the content type named, else UTF-8, else, for a CSV file that is not UTF-8 and has
 * no UTF-8 byte-order mark, Windows-1252 (French Excel), which each cell outside ASCII then reports.
 */
record FileText(Charset charset, boolean windows1252) {

    /** The file is not well-formed text; the detail says where and how to fix it. */
    static final class Malformed extends Exception {
        Malformed(String detail) {
            super(detail);
        }
    }

    static FileText of(Path file, String declared, boolean csv) throws IOException, Malformed {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        long malformed = firstMalformedByte(file, charset);
        if (malformed < 0) {
            return new FileText(charset, false);
        }
        if (declared == null && csv && !startsWithUtf8Mark(file)) {
            long alsoMalformed = firstMalformedByte(file, TextBodies.SPREADSHEET_CHARSET);
            if (alsoMalformed < 0) {
                return new FileText(TextBodies.SPREADSHEET_CHARSET, true);
            }
            throw new Malformed("The file is neither UTF-8 nor " + TextBodies.SPREADSHEET_CHARSET.name()
                    + " (byte " + alsoMalformed + ")."
                    + " Save it as \"CSV UTF-8\" or name its charset in the Content-Type.");
        }
        throw new Malformed("The file is not well-formed " + charset.name() + " (byte " + malformed + ").");
    }

    /** The file's text, counting the bytes read into {@code read}. */
    Reader open(Path file, ByteCount read) throws IOException {
        return new InputStreamReader(new Counted(new BufferedInputStream(Files.newInputStream(file), 1 << 16), read),
                charset);
    }

    private static long firstMalformedByte(Path file, Charset charset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TextBodies.firstMalformedByte(in, charset);
        }
    }

    private static boolean startsWithUtf8Mark(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF;
        }
    }

    /** Bytes read so far from a file, for the job's progress. */
    static final class ByteCount {
        private long value;

        long value() {
            return value;
        }
    }

    private static final class Counted extends FilterInputStream {
        private final ByteCount count;

        Counted(InputStream in, ByteCount count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count.value++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count.value += read;
            }
            return read;
        }
    }
}
