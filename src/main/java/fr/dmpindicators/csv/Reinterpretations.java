package fr.dmpindicators.csv;

import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.CsvWarningDto.ReadingEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values of a CSV input read other than as written, one tally per column and {@link Reading}: a file of a
 * million reinterpreted dates gives one warning with its first rows, not a million.
 */
final class Reinterpretations {

    static final int FIRST_ROWS = 20;

    private record Key(String field, Reading reading) {
    }

    private static final class Tally {
        int rows;
        final List<Integer> firstRows = new ArrayList<>();
        final String sent;
        final String read;

        Tally(String sent, String read) {
            this.sent = sent;
            this.read = read;
        }
    }

    private final Map<Key, Tally> tallies = new LinkedHashMap<>();

    void add(int row, String field, Reading reading, String sent, String read) {
        Tally tally = tallies.computeIfAbsent(new Key(field, reading),
                key -> new Tally(sent, read));
        tally.rows++;
        if (tally.firstRows.size() < FIRST_ROWS) {
            tally.firstRows.add(row);
        }
    }

    /** One warning per column and reading, worded in a language. */
    List<CsvWarningDto> warnings(Locale locale) {
        List<CsvWarningDto> warnings = new ArrayList<>();
        tallies.forEach((key, tally) -> warnings.add(new CsvWarningDto().field(key.field())
                .reading(ReadingEnum.fromValue(key.reading().name())).rows(tally.rows)
                .firstRows(List.copyOf(tally.firstRows)).example(Reading.example(tally.sent, tally.read, locale))
                .message(key.reading().message(locale))));
        return List.copyOf(warnings);
    }
}
