package fr.dmpindicators.csv;

import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.CsvWarningDto.ReadingEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        final String example;

        Tally(String example) {
            this.example = example;
        }
    }

    private final Map<Key, Tally> tallies = new LinkedHashMap<>();

    void add(int row, String field, Reading reading, String sent, String read) {
        Tally tally = tallies.computeIfAbsent(new Key(field, reading),
                key -> new Tally(sent.equals(read) ? read : "\"" + sent + "\" read as \"" + read + "\""));
        tally.rows++;
        if (tally.firstRows.size() < FIRST_ROWS) {
            tally.firstRows.add(row);
        }
    }

    List<CsvWarningDto> warnings() {
        List<CsvWarningDto> warnings = new ArrayList<>();
        tallies.forEach((key, tally) -> warnings.add(new CsvWarningDto().field(key.field())
                .reading(ReadingEnum.fromValue(key.reading().name())).rows(tally.rows)
                .firstRows(List.copyOf(tally.firstRows)).example(tally.example).message(key.reading().message())));
        return List.copyOf(warnings);
    }
}
