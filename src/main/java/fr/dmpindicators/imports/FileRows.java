package fr.dmpindicators.imports;

import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.ImportErrorDto;
import java.io.Closeable;
import java.util.List;

/** The records of a file, read one line at a time whatever its format, each with its line in the file. */
interface FileRows extends Closeable {

    /** Reads the next record; false at the end, or where the file can no longer be read ({@link #broken()}). */
    boolean next();

    /** The record just read, or null when its line could not be read (its errors are in {@link #errors()}). */
    DmpCreationDto item();

    /** The line of the file the record just read starts on (a CSV header is line 1). */
    long line();

    /** The errors found since the last call, each with its line. */
    List<ImportErrorDto> errors();

    /** Whether reading stopped before the end of the file, which cannot be read further. */
    boolean broken();

    /** The values read other than as written (French spreadsheet exports). */
    List<CsvWarningDto> warnings();

    static ImportErrorDto error(long line, String field, String message) {
        return new ImportErrorDto().line(line).field(field).message(message);
    }
}
