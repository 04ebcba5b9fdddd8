package fr.dmpindicators.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.ImportErrorDto;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.UnreadableValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A JSON-lines file: one record object per line, read as the batch endpoint reads each object; blank lines skipped. */
final class JsonLinesRows implements FileRows {

    private final BufferedReader text;
    private final ObjectReader reader;
    private final List<ImportErrorDto> pending = new ArrayList<>();
    private long line;
    private DmpCreationDto item;

    JsonLinesRows(Reader text, ObjectReader reader) {
        this.text = new BufferedReader(text, 1 << 16);
        this.reader = reader.forType(DmpCreationDto.class);
    }

    @Override
    public boolean next() {
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
        } catch (JsonMappingException e) {
            FieldError error = UnreadableValue.fieldError(e);
            pending.add(FileRows.error(line, error.field(), error.message()));
        } catch (JsonProcessingException e) {
            pending.add(FileRows.error(line, "line", "cannot be read: malformed JSON"));
        }
        return null;
    }

    @Override
    public DmpCreationDto item() {
        return item;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public List<ImportErrorDto> errors() {
        List<ImportErrorDto> found = List.copyOf(pending);
        pending.clear();
        return found;
    }

    @Override
    public boolean broken() {
        return false;
    }

    @Override
    public List<CsvWarningDto> warnings() {
        return List.of();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
