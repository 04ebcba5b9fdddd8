package fr.dmpindicators.fhir;

import fr.dmpindicators.api.model.IndicatorCodeDto;
import java.util.Locale;

/**
 * The canonical URLs of the service's FHIR definitions: one {@code Measure} per indicator of the catalogue
 * ({@code …/Measure/coverage-rate}), which each {@code MeasureReport} names. A canonical URL identifies a definition;
 * it need not be fetched.
 */
final class Canonical {

    static final String BASE = "https://dmp-indicators.local/fhir";

    /** INSEE's official geographic code (COG), the system of département and region codes. */
    static final String TERRITORY_SYSTEM = "https://www.insee.fr/fr/information/2560452";

    private Canonical() {
    }

    /** The Measure's logical id: its code in lower case with hyphens ({@code coverage-rate}). */
    static String measureId(IndicatorCodeDto code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String measure(IndicatorCodeDto code) {
        return BASE + "/Measure/" + measureId(code);
    }

    /** The code system of a breakdown dimension's keys ({@code …/CodeSystem/channel}). */
    static String dimension(String dimension) {
        return BASE + "/CodeSystem/" + dimension.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
