package fr.dmpindicators.imports;

import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.ImportErrorDto;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;

/** The records of a file, read one line at a time whatever its format, each with its line in the file. */
abstract class FileRows implements Closeable {

    /** Errors found and not yet handed out by {@link #errors()}. */
    protected final List<ImportErrorDto> pending = new ArrayList<>();

    /** Reads the next record; false at the end, or where the file can no longer be read ({@link #broken()}). */
    abstract boolean next();

    /** The record just read, or null when its line could not be read (its errors are in {@link #errors()}). */
    abstract DmpCreationDto item();

    /** The line of the file the record just read starts on (a CSV header is line 1). */
    abstract long line();

    /** The errors found since the last call, each with its line. */
    final List<ImportErrorDto> errors() {
        List<ImportErrorDto> found = List.copyOf(pending);
        pending.clear();
        return found;
    }

    /** Whether reading stopped before the end of the file, which cannot be read further. */
    abstract boolean broken();

    /** The values read other than as written (French spreadsheet exports). */
    abstract List<CsvWarningDto> warnings();

    static ImportErrorDto error(long line, String field, String message) {
        return new ImportErrorDto().line(line).field(field).message(message);
    }
}
