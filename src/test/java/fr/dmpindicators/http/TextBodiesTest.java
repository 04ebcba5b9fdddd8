package fr.dmpindicators.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Judging a stream a chunk at a time as the whole of it: sequences of every length that straddle a chunk's end are
 * well-formed, a malformed byte is found at its offset wherever it falls around a chunk's end, and the spreadsheet
 * charset is judged the same way. Offsets are known by construction.
 */
class TextBodiesTest {

    private static final int CHUNK = 1 << 16;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] ascii(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] with(byte[] start, byte[] inserted, int tail) {
        byte[] all = Arrays.copyOf(start, start.length + inserted.length + tail);
        System.arraycopy(inserted, 0, all, start.length, inserted.length);
        Arrays.fill(all, start.length + inserted.length, all.length, (byte) 'b');
        return all;
    }

    @Test
    void shouldJudgeAStreamAsTheWholeOfItAroundEveryChunkEnd() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<byte[]> sequences = List.of("é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
                "𝔘".getBytes(StandardCharsets.UTF_8));
        for (int at = CHUNK - 4; at <= CHUNK + 1; at++) {
            for (byte[] sequence : sequences) {
                byte[] wellFormed = with(ascii(at), sequence, 5);
                check(wrong, "a " + sequence.length + "-byte sequence at " + at, wellFormed, StandardCharsets.UTF_8,
                        -1);
                byte[] cut = with(ascii(at), Arrays.copyOf(sequence, sequence.length - 1), 5);
                check(wrong, "a " + sequence.length + "-byte sequence cut short at " + at, cut,
                        StandardCharsets.UTF_8, at);
            }
            check(wrong, "0xFF at " + at, with(ascii(at), new byte[] {(byte) 0xFF}, 5), StandardCharsets.UTF_8, at);
            check(wrong, "0x81 at " + at, with(ascii(at), new byte[] {(byte) 0x81}, 5), WINDOWS_1252, at);
            check(wrong, "0xE9 at " + at, with(ascii(at), new byte[] {(byte) 0xE9}, 5), WINDOWS_1252, -1);
        }
        check(wrong, "a body ending in a cut sequence", with(ascii(CHUNK), new byte[] {(byte) 0xE2, (byte) 0x82}, 0),
                StandardCharsets.UTF_8, CHUNK);
        check(wrong, "an empty body", new byte[0], StandardCharsets.UTF_8, -1);
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String what, byte[] bytes, Charset charset, long expected)
            throws IOException {
        long streamed = TextBodies.firstMalformedByte(new ByteArrayInputStream(bytes), charset);
        int whole = TextBodies.firstMalformedByte(bytes, charset);
        if (streamed != expected || whole != expected) {
            wrong.add(what + " in " + charset + ": " + streamed + " streamed, " + whole + " whole, not " + expected);
        }
    }
}
