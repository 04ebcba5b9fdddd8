package fr.dmpindicators.imports;

import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.ImportErrorDto;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A file's records a chunk at a time, the next chunk read on a thread of its own while the caller writes the one it
 * has: reading and parsing the file overlaps the database's work, and memory holds two chunks of at most
 * {@code size} lines each.
 */
final class ReadAhead implements AutoCloseable {

    /**
     * One chunk: its records, the line of each, the lines refused on reading (each with its errors), how many lines
     * it read and how far into the file. The last one also carries the errors found once no line was left.
     */
    record Chunk(List<DmpCreationDto> items, long[] lines, List<List<ImportErrorDto>> refused, long linesRead,
            long bytesRead, boolean last, List<ImportErrorDto> trailing) {
    }

    private final FileRows rows;
    private final int size;
    private final FileText.ByteCount read;
    private final ExecutorService reader;
    private Future<Chunk> next;

    ReadAhead(FileRows rows, int size, FileText.ByteCount read, String name) {
        this.rows = rows;
        this.size = size;
        this.read = read;
        this.reader = Executors.newSingleThreadExecutor(task -> new Thread(task, name));
        this.next = reader.submit(this::read);
    }

    /** The next chunk, once read; the one after it is read meanwhile, unless this one is the last. */
    Chunk next() {
        Chunk chunk = await(next);
        next = chunk.last() ? null : reader.submit(this::read);
        return chunk;
    }

    private Chunk read() {
        List<DmpCreationDto> items = new ArrayList<>(size);
        long[] lines = new long[size];
        List<List<ImportErrorDto>> refused = new ArrayList<>();
        long linesRead = 0;
        boolean more = true;
        while (linesRead < size && (more = rows.next())) {
            linesRead++;
            List<ImportErrorDto> errors = rows.errors();
            if (rows.item() == null || !errors.isEmpty()) {
                refused.add(errors);
            } else {
                lines[items.size()] = rows.line();
                items.add(rows.item());
            }
        }
        return new Chunk(items, lines, refused, linesRead, read.value(), !more, more ? List.of() : rows.errors());
    }

    private static Chunk await(Future<Chunk> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading the file");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for a chunk still being read (the file stays open until then), then ends the reading thread. */
    @Override
    public void close() {
        try {
            if (next != null) {
                next.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the caller stopped before this chunk; what went wrong reading it changes nothing
        } finally {
            reader.shutdown();
        }
    }
}
