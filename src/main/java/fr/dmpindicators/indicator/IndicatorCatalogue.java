package fr.dmpindicators.indicator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What each indicator means, how it is computed, and where to read it: the tooltips of a dashboard. The texts are
 * data, kept in {@code indicator/catalogue.json}; the unit comes from {@link Indicator}.
 */
public final class IndicatorCatalogue {

    /** One entry of the catalogue. */
    public record Definition(Indicator code, String name, String definition, String formula, String endpoint) {
    }

    public static final List<Definition> DEFINITIONS = read("/indicator/catalogue.json");

    private IndicatorCatalogue() {
    }

    private static List<Definition> read(String resource) {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(resource)) {
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Definition>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("The indicator catalogue " + resource + " cannot be read", e);
        }
    }
}
