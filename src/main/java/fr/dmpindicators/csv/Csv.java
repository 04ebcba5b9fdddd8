package fr.dmpindicators.csv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.http.TextBodies;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The service's CSV dialect, read with Jackson's CSV format: a header row names the fields (in any order), each
 * further row is one item, an empty cell is an absent field, an unknown column is an error; French spreadsheet
 * exports are read too ({@link CsvRows}).
 */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The items of a CSV input, and the values read other than as written. */
    public record Table<T>(List<T> items, List<CsvWarningDto> warnings) {
    }

    private Csv() {
    }

    /**
     * Every row as an item. {@code declared} is the charset the sender named, or null: then a byte-order mark or
     * well-formed UTF-8 is read as UTF-8, and anything else that is well-formed Windows-1252 as Windows-1252, with a
     * warning. Cells with a control character refuse the whole input (422), and so do rows that cannot be read
     * (400), with their index and field. The warnings are worded in {@code locale}.
     */
    public static <T> Table<T> read(InputStream body, Charset declared, Type itemType, Locale locale)
            throws IOException {
        byte[] bytes = body.readAllBytes();
        boolean windows1252 = declared == null && TextBodies.isSpreadsheetFallback(bytes);
        Charset charset = windows1252 ? TextBodies.SPREADSHEET_CHARSET
                : declared == null ? StandardCharsets.UTF_8 : declared;
        List<T> items = new ArrayList<>();
        try (CsvRows<T> rows = rows(new InputStreamReader(new ByteArrayInputStream(bytes), charset), itemType,
                windows1252)) {
            while (rows.next()) {
                items.add(rows.item());
            }
            if (!rows.controlCharacters().isEmpty()) {
                throw ProblemException.invalid(rows.controlCharacters());
            }
            List<FieldError> errors = rows.unreadable();
            if (!errors.isEmpty()) {
                throw ProblemException.malformed(new ProblemText("detail.csv-unreadable",
                        errors.stream().map(FieldError::index).distinct().count()), errors);
            }
            return new Table<>(items, rows.warnings(locale));
        }
    }

    /**
     * The rows of a CSV text, to be read one at a time (a file of any size); {@code windows1252} when the text was
     * decoded so for want of a charset.
     */
    public static <T> CsvRows<T> rows(Reader text, Type itemType, boolean windows1252) throws IOException {
        return new CsvRows<>(text, MAPPER.constructType(itemType), MAPPER.reader(), windows1252);
    }

    /** Every row of a UTF-8 input as an item; see {@link #read(InputStream, Charset, Type, Locale)}. */
    public static <T> List<T> readAll(InputStream body, Type itemType) throws IOException {
        return Csv.<T>read(body, StandardCharsets.UTF_8, itemType, Language.DEFAULT).items();
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
}
