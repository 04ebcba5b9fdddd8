package fr.dmpindicators.csv;

import fr.dmpindicators.api.model.CsvWarningDto;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * The warnings of the CSV body of the current request, kept by {@link CsvBodyReader} for the resource that reports
 * them in its answer: the body reader can hand the resource only the items.
 */
@RequestScoped
public class CsvReadings {

    private List<CsvWarningDto> warnings = List.of();

    void keep(List<CsvWarningDto> warnings) {
        this.warnings = warnings;
    }

    /** None for a JSON body, or a CSV body read as written. */
    public List<CsvWarningDto> warnings() {
        return warnings;
    }
}
