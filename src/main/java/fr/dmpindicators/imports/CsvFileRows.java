package fr.dmpindicators.imports;

import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.csv.Csv;
import fr.dmpindicators.csv.CsvRows;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.problem.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A CSV file read by the batch endpoint's reader ({@link CsvRows}), French spreadsheet exports included; a row with a
 * cell it refuses is an error of that row's line, one of the header of line 1.
 */
final class CsvFileRows extends FileRows {

    private final CsvRows<DmpCreationDto> rows;
    private int seenUnreadable;
    private int seenControl;
    private boolean broken;

    CsvFileRows(Reader text, boolean windows1252) throws IOException {
        this.rows = Csv.rows(text, DmpCreationDto.class, windows1252);
        collect();
    }

    @Override
    boolean next() {
        boolean read = rows.next();
        int before = pending.size();
        collect();
        if (!read) {
            broken = pending.size() > before
                    || rows.unreadable().size() + rows.controlCharacters().size() >= CsvRows.MAX_REPORTED_ERRORS;
        }
        return read;
    }

    @Override
    DmpCreationDto item() {
        return pending.isEmpty() ? rows.item() : null;
    }

    @Override
    long line() {
        return rows.line();
    }

    @Override
    boolean broken() {
        return broken;
    }

    @Override
    List<CsvWarningDto> warnings() {
        // Kept with the job and read later by anyone: in the default language.
        return rows.warnings(Language.DEFAULT);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** The errors the reader added since last looked at, with the current row's line (line 1 for the header's). */
    private void collect() {
        List<FieldError> unreadable = rows.unreadable();
        List<FieldError> control = rows.controlCharacters();
        unreadable.subList(seenUnreadable, unreadable.size()).forEach(this::add);
        control.subList(seenControl, control.size()).forEach(this::add);
        seenUnreadable = unreadable.size();
        seenControl = control.size();
    }

    private void add(FieldError error) {
        pending.add(FileRows.error(error.index() == null ? 1 : rows.line(), error.field(),
                error.message()));
    }
}
