package fr.dmpindicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.io.output.CountingOutputStream;

/**
 * HTTP/1.1 over a plain socket, for requests REST Assured cannot send as they are: request lines and headers over
 * the limits, and bodies streamed in chunks without a length. The server under test is the one REST Assured is
 * pointed at (in-process or the packaged jar).
 */
public final class RawHttp {

    /**
     * One answer: status, headers by lower-case name, the body, and how many bytes of the request's body (chunk
     * framing included) had been sent when the server answered and closed, or the request ended.
     */
    public record Answer(int status, Map<String, String> headers, String body, long sent) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private RawHttp() {
    }

    /** Sends a request head (request line and headers, without the blank line) and no body. */
    public static Answer send(String head) {
        return exchange(head + "\r\n\r\n", null);
    }

    /** Sends a request head and these bytes after it, framed as the head says (or not at all). */
    public static Answer send(String head, byte[] body) {
        return exchange(head + "\r\n\r\n", out -> {
            out.write(body);
            out.flush();
        });
    }

    /**
     * Sends a request whose body of {@code size} bytes (each {@code filler}) is streamed in 64 KiB chunks without a
     * Content-Length, reading the answer while it is still being sent (the server may answer before the end).
     */
    public static Answer sendChunked(String head, byte[] prefix, long size, byte filler) {
        return exchange(head + "\r\nTransfer-Encoding: chunked\r\n\r\n", out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, filler);
            writeChunk(out, prefix, prefix.length);
            long left = size - prefix.length;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                writeChunk(out, chunk, n);
                left -= n;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
    }

    /**
     * Sends a request head and the first {@code part} of its body, then closes the connection without reading an
     * answer, as a client that goes away in the middle of an upload. The head says how the body is framed (a
     * Content-Length longer than the part, or Transfer-Encoding: chunked, when the part is sent as one chunk).
     */
    public static void abandon(String head, byte[] part) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (head.contains("Transfer-Encoding: chunked")) {
                writeChunk(out, part, part.length);
            } else {
                out.write(part);
            }
            out.flush();
            // long enough for the server to begin reading the body before the connection closes under it
            Thread.sleep(300);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeChunk(OutputStream out, byte[] data, int length) throws IOException {
        if (length == 0) {
            return;
        }
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Answer exchange(String head, Body body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream socketOut = socket.getOutputStream();
            socketOut.write(head.getBytes(StandardCharsets.ISO_8859_1));
            socketOut.flush();
            CountingOutputStream out = new CountingOutputStream(socketOut);
            CompletableFuture<Void> sending = body == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> {
                        try {
                            body.write(out);
                        } catch (IOException closedByServer) {
                            // the server answered and closed before the whole body was sent
                        }
                    });
            Answer answer = read(socket.getInputStream());
            socket.close();
            sending.join();
            return new Answer(answer.status(), answer.headers(), answer.body(), out.getByteCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int status = 0;
        Map<String, String> headers = new TreeMap<>();
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException | java.net.SocketException e) {
                n = -1;
            }
            if (n == -1) {
                break;
            }
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.UTF_8);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                String[] lines = text.substring(0, headEnd).split("\r\n");
                status = Integer.parseInt(lines[0].split(" ")[1]);
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
                if (status == 100) {
                    received.reset();
                    received.write(text.substring(headEnd + 4).getBytes(StandardCharsets.UTF_8));
                    headEnd = -1;
                    headers.clear();
                    continue;
                }
            }
            if (headEnd >= 0 && headers.containsKey("content-length")
                    && received.size() - headEnd - 4 >= Integer.parseInt(headers.get("content-length"))) {
                break;
            }
        }
        String text = received.toString(StandardCharsets.UTF_8);
        if (headEnd < 0) {
            throw new IOException("no complete answer: " + text);
        }
        return new Answer(status, headers, text.substring(headEnd + 4), 0);
    }
}
