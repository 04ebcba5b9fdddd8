package fr.dmpindicators.csv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.dmpindicators.text.PlainText;
import fr.dmpindicators.http.TextBodies;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.UnreadableValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's CSV dialect, read with Jackson's CSV format: a header row names the fields (in any order), each
 * further row is one item, an empty cell is an absent field, an unknown column is an error.
 */
public final class Csv {

    private static final int MAX_REPORTED_ERRORS = 100;

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The cells as sent. TRIM_SPACES above trims every character up to U+0020 at both ends of a cell, so a NUL or
     * another control character there would vanish unseen: cells are first read untrimmed to refuse them.
     */
    private static final CsvMapper RAW = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private Csv() {
    }

    /** Every row of a UTF-8 input as an item; see {@link #readAll(InputStream, Charset, Type)}. */
    public static <T> List<T> readAll(InputStream body, Type itemType) throws IOException {
        return readAll(body, StandardCharsets.UTF_8, itemType);
    }

    /**
     * Every row as an item. Rows that cannot be read refuse the whole input (400) with their index and field; so do
     * cells with a control character (422).
     */
    public static <T> List<T> readAll(InputStream body, Charset charset, Type itemType) throws IOException {
        String text = decode(body.readAllBytes(), charset);
        List<FieldError> controlCharacters = controlCharacters(text);
        if (!controlCharacters.isEmpty()) {
            throw ProblemException.invalid(controlCharacters);
        }
        Reader in = new StringReader(text);
        JavaType type = MAPPER.constructType(itemType);
        List<T> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (MappingIterator<T> rows = MAPPER.readerFor(type).with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
            while (errors.size() < MAX_REPORTED_ERRORS && hasNext(rows, items.size(), errors)) {
                try {
                    items.add(rows.nextValue());
                } catch (JsonMappingException e) {
                    FieldError error = UnreadableValue.fieldError(e);
                    errors.add(new FieldError(items.size(), error.field(), error.message()));
                    items.add(null);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.malformed("The CSV body cannot be read: " + errors.size()
                    + " row(s) with unreadable values; nothing was stored.", errors);
        }
        return items;
    }

    /**
     * Writes items as rows under a header row of their fields, in the order the model declares them; the header row
     * alone when there is no item (Jackson writes it with the first row), so that a table is never an empty body.
     */
    public static <T> void write(OutputStream out, List<T> items, Class<T> itemType) throws IOException {
        CsvSchema schema = MAPPER.schemaFor(itemType).withHeader();
        if (items.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < schema.size(); i++) {
                names.add(schema.columnName(i));
            }
            out.write((String.join(String.valueOf(schema.getColumnSeparator()), names)
                    + new String(schema.getLineSeparator())).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        MAPPER.writer(schema).writeValues(out).writeAll(items).flush();
    }

    /** Every row of a CSV file on the class path; a file that is missing or unreadable is a packaging error. */
    public static <T> List<T> readResource(String resource, Type itemType) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return readAll(in, itemType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the body (which {@link TextBodies} has found well-formed), without a byte-order mark. */
    private static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The cells holding a character {@link PlainText} forbids, with their row's index and their column's name. */
    private static List<FieldError> controlCharacters(String csv) {
        List<FieldError> errors = new ArrayList<>();
        try (MappingIterator<List<String>> rows = RAW.readerForListOf(String.class).readValues(csv)) {
            List<String> header = rows.hasNextValue() ? rows.nextValue() : List.of();
            for (int column = 0; column < header.size(); column++) {
                int at = column;
                PlainText.Offence.firstIn(header.get(column)).ifPresent(offence -> errors.add(
                        FieldError.of("header", "column " + (at + 1) + " " + offence.message())));
            }
            for (int index = 0; rows.hasNextValue() && errors.size() < MAX_REPORTED_ERRORS; index++) {
                List<String> cells = rows.nextValue();
                for (int column = 0; column < cells.size(); column++) {
                    String field = column < header.size() ? header.get(column).strip() : "column " + (column + 1);
                    int row = index;
                    PlainText.Offence.firstIn(cells.get(column)).ifPresent(offence -> errors.add(
                            new FieldError(row, field, offence.message())));
                }
            }
        } catch (IOException | RuntimeException malformed) {
            // what cannot be parsed here is reported, with its row, by the reading that follows
        }
        return errors;
    }

    private static boolean hasNext(MappingIterator<?> rows, int index, List<FieldError> errors) {
        try {
            return rows.hasNextValue();
        } catch (IOException e) {
            errors.add(new FieldError(index, "row", "cannot be read: malformed CSV"));
            return false;
        }
    }
}
