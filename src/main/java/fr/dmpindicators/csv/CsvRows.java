package fr.dmpindicators.csv;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.problem.UnreadableValue;
import fr.dmpindicators.text.PlainText;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads CSV text one row at a time, so that a request body and a whole file on disk are read alike, as a stream.
 * The separator ({@code ,} or {@code ;}) is told from the header row, a byte-order mark is skipped and CRLF line ends
 * are read as LF by Jackson's CSV parser. Each row's cells are checked as sent ({@link PlainText}), trimmed (an empty
 * cell is an absent field), read by {@link FrenchCells}, then bound to the item type by Jackson, an unknown column
 * being an error. Errors are kept, up to {@link #MAX_REPORTED_ERRORS}, with the row's 0-based index.
 */
public final class CsvRows<T> implements Closeable {

    public static final int MAX_REPORTED_ERRORS = 100;

    /** The longest header row the separator is told from. */
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    private static final CsvMapper CELLS = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final MappingIterator<List<String>> rows;
    private final ObjectReader binder;
    private final boolean windows1252;
    private final Reinterpretations reinterpretations = new Reinterpretations();
    private final FrenchCells cells;
    private final List<String> header;
    private final List<FieldError> controlCharacters = new ArrayList<>();
    private final List<FieldError> unreadable = new ArrayList<>();
    private int index = -1;
    private long line;
    private T item;

    /**
     * Reads the header row; see {@link Csv#rows}.
     *
     * @param windows1252 whether the text was decoded as Windows-1252 for want of a charset, which each cell with a
     *                    character outside ASCII reports
     */
    CsvRows(Reader text, JavaType itemType, ObjectReader binder, boolean windows1252) throws IOException {
        BufferedReader in = new BufferedReader(text, HEADER_LOOKAHEAD);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        in.mark(HEADER_LOOKAHEAD);
        String firstLine = in.readLine();
        in.reset();
        char separator = firstLine != null && firstLine.indexOf(';') >= 0 ? ';' : ',';
        this.rows = CELLS.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(in);
        this.binder = binder.forType(itemType);
        this.windows1252 = windows1252;
        this.cells = new FrenchCells(dateColumns(binder, itemType), separator == ';', reinterpretations);
        this.header = rows.hasNextValue() ? rows.nextValue() : List.of();
        Set<String> named = new HashSet<>();
        for (int column = 0; column < header.size(); column++) {
            int at = column;
            PlainText.Offence.firstIn(header.get(column)).ifPresent(offence -> controlCharacters.add(
                    FieldError.of("header", new ProblemText("rule.column", at + 1,
                            ProblemText.controlCharacter(offence.character(), offence.position())))));
            // A second column of the same name would silently replace the first one's cells.
            if (!named.add(header.get(column).trim())) {
                unreadable.add(FieldError.rule("header", "column-twice", column + 1, header.get(column).trim()));
            }
        }
    }

    /** Reads the next row; false at the end, or once the errors reach their limit. */
    public boolean next() {
        if (controlCharacters.size() + unreadable.size() >= MAX_REPORTED_ERRORS) {
            return false;
        }
        int next = index + 1;
        try {
            if (!rows.hasNextValue()) {
                return false;
            }
            line = rows.getCurrentLocation().getLineNr();
            List<String> row = rows.nextValue();
            index = next;
            item = bind(row);
        } catch (IOException | RuntimeException malformed) {
            unreadable.add(FieldError.rule("row", "malformed-csv").at(next));
            return false;
        }
        return true;
    }

    /** The item of the current row, or null when it could not be read (see {@link #unreadable()}). */
    public T item() {
        return item;
    }

    /** The 0-based index of the current row, the header not counted. */
    public int index() {
        return index;
    }

    /** The line of the text the current row starts on, the header being line 1. */
    public long line() {
        return line;
    }

    /** Cells holding a character {@link PlainText} forbids, with their row's index and their column's name. */
    public List<FieldError> controlCharacters() {
        return List.copyOf(controlCharacters);
    }

    /** Rows and values that could not be read. */
    public List<FieldError> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The values read other than as written so far, one warning per column and reading, worded in a language. */
    public List<CsvWarningDto> warnings(Locale locale) {
        return reinterpretations.warnings(locale);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private T bind(List<String> row) throws IOException {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        boolean readable = true;
        for (int column = 0; column < row.size(); column++) {
            String sent = row.get(column);
            String field = column < header.size() ? header.get(column).trim() : "column " + (column + 1);
            int at = index;
            PlainText.Offence.firstIn(sent).ifPresent(offence -> controlCharacters.add(
                    new FieldError(at, field,
                            ProblemText.controlCharacter(offence.character(), offence.position()))));
            String cell = sent.trim();
            if (column >= header.size()) {
                readable &= cell.isEmpty()
                        || refused(new FieldError(index, "row", new ProblemText("rule.more-cells", header.size())));
            } else if (cell.isEmpty()) {
                fields.putNull(field);
            } else {
                if (windows1252 && !cell.chars().allMatch(c -> c < 0x80)) {
                    reinterpretations.add(index, field, Reading.WINDOWS_1252, cell, cell);
                }
                try {
                    fields.put(field, cells.read(index, field, cell));
                } catch (FrenchCells.Unreadable e) {
                    readable = refused(e.error());
                }
            }
        }
        if (!readable) {
            return null;
        }
        try {
            return binder.readValue(fields);
        } catch (JsonMappingException e) {
            FieldError error = UnreadableValue.fieldError(e);
            refused(new FieldError(index, error.field(), error.text()));
            return null;
        }
    }

    private boolean refused(FieldError error) {
        unreadable.add(error);
        return false;
    }

    /** The columns bound to dates, which a French spreadsheet may show JJ/MM/AAAA. */
    private static Set<String> dateColumns(ObjectReader binder, JavaType itemType) {
        return binder.getConfig().introspect(itemType).findProperties().stream()
                .filter(property -> property.getRawPrimaryType() == LocalDate.class)
                .map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet());
    }
}
