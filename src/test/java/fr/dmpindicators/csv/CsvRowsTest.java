package fr.dmpindicators.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.problem.FieldError;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading CSV text one row at a time, as an import job reads a file: each row's item, index and line (the header is
 * line 1), for each line end and separator, with quoted cells over two lines, empty lines and a row that cannot be
 * read, which is listed and skipped without stopping the reading.
 */
class CsvRowsTest {

    private record Read(int index, long line, String territory, LocalDate date) {
    }

    private static List<Read> read(String text, List<FieldError> unreadable) throws IOException {
        List<Read> read = new ArrayList<>();
        try (CsvRows<DmpCreationDto> rows = Csv.rows(new StringReader(text), DmpCreationDto.class, false)) {
            while (rows.next()) {
                DmpCreationDto item = rows.item();
                read.add(new Read(rows.index(), rows.line(), item == null ? null : item.getTerritory(),
                        item == null ? null : item.getDate()));
            }
            unreadable.addAll(rows.unreadable());
        }
        return read;
    }

    @Test
    void shouldGiveEachRowItsIndexAndTheLineItStartsOnWhateverTheLineEndsAndSeparator() throws IOException {
        for (String end : List.of("\n", "\r\n")) {
            for (String separator : List.of(",", ";")) {
                String date = separator.equals(";") ? "05/06/2018" : "2018-06-05";
                String text = String.join(separator, "date", "territory", "channel", "created", "alimented") + end
                        + String.join(separator, date, "94", "CPAM", "1", "1") + end
                        + end
                        + String.join(separator, date, "\"2\nA\"", "CPAM", "1", "1") + end
                        + String.join(separator, date, "22", "CPAM", "lots", "1") + end
                        + String.join(separator, date, "1", "CPAM", "1", "1") + end;
                List<FieldError> unreadable = new ArrayList<>();
                List<Read> read = read(text, unreadable);
                LocalDate day = LocalDate.of(2018, 6, 5);
                assertEquals(List.of(new Read(0, 2, "94", day), new Read(1, 4, "2\nA", day),
                        new Read(2, 6, null, null), new Read(3, 7, "01", day)), read, "separator " + separator);
                assertEquals(List.of("2 created"),
                        unreadable.stream().map(error -> error.index() + " " + error.field()).toList());
            }
        }
    }

    @Test
    void shouldReadAHeaderAloneAsNoRowAndAnEmptyTextAsNothing() throws IOException {
        List<FieldError> unreadable = new ArrayList<>();
        assertEquals(List.of(), read("date;territory;channel;created;alimented\r\n", unreadable));
        assertEquals(List.of(), read("", unreadable));
        assertEquals(List.of(), unreadable);
        try (CsvRows<DmpCreationDto> rows = Csv.rows(new StringReader(""), DmpCreationDto.class, false)) {
            assertNull(rows.item());
        }
    }

    /** Whichever column a header names twice, and wherever the second is, the header is refused, naming it. */
    @Test
    void shouldRefuseAHeaderThatNamesAColumnTwice() throws IOException {
        List<String> columns = List.of("date", "territory", "channel", "created", "alimented");
        for (int twice = 0; twice < columns.size(); twice++) {
            for (int at = 0; at <= columns.size(); at++) {
                List<String> header = new ArrayList<>(columns);
                header.add(at, columns.get(twice));
                List<String> cells = new ArrayList<>(List.of("2018-06-05", "94", "CPAM", "1", "1"));
                cells.add(at, cells.get(twice));
                List<FieldError> unreadable = new ArrayList<>();
                read(String.join(",", header) + "\n" + String.join(",", cells) + "\n", unreadable);
                int second = header.lastIndexOf(columns.get(twice)) + 1;
                assertEquals(List.of(FieldError.rule("header", "column-twice", second, columns.get(twice))),
                        unreadable, String.join(",", header));
            }
        }
    }
}
