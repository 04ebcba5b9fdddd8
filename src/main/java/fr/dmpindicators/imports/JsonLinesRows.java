package fr.dmpindicators.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.problem.UnreadableValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/** A JSON-lines file: one record object per line, read as the batch endpoint reads each object; blank lines skipped. */
final class JsonLinesRows extends FileRows {

    private final BufferedReader text;
    private final ObjectReader reader;
    private long line;
    private DmpCreationDto item;

    JsonLinesRows(Reader text, ObjectReader reader) {
        this.text = new BufferedReader(text, 1 << 16);
        this.reader = reader.forType(DmpCreationDto.class);
    }

    @Override
    boolean next() {
        try {
            String read;
            do {
                read = text.readLine();
                line++;
            } while (read != null && read.isBlank());
            if (read == null) {
                return false;
            }
            item = bind(read);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DmpCreationDto bind(String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            pending.add(UnreadableValue.fieldError(e)
                    .map(error -> FileRows.error(line, error.field(), error.message()))
                    .orElseGet(() -> FileRows.error(line, "line", "cannot be read: not one well-formed JSON object")));
        }
        return null;
    }

    @Override
    DmpCreationDto item() {
        return item;
    }

    @Override
    long line() {
        return line;
    }

    @Override
    boolean broken() {
        return false;
    }

    @Override
    List<CsvWarningDto> warnings() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
