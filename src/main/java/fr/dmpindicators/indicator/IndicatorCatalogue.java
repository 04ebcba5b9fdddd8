package fr.dmpindicators.indicator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dmpindicators.language.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * What each indicator means, how it is computed, and where to read it: the tooltips of a dashboard. Each indicator's
 * endpoint is data, kept in {@code indicator/catalogue.json}; its name, definition and formula are texts, in the
 * {@code catalogue} bundle of each language; the unit comes from {@link Indicator}.
 */
public final class IndicatorCatalogue {

    /** One entry of the catalogue, in one language. */
    public record Definition(Indicator code, String name, String definition, String formula, String endpoint) {
    }

    private record Entry(Indicator code, String endpoint) {
    }

    private static final String TEXTS = "fr.dmpindicators.indicator.catalogue";

    private static final List<Entry> ENTRIES = read("/indicator/catalogue.json");

    private IndicatorCatalogue() {
    }

    /** The catalogue written in a language; the codes and endpoints are the same in every language. */
    public static List<Definition> definitions(Locale locale) {
        Texts texts = Texts.of(TEXTS, locale);
        return ENTRIES.stream().map(entry -> new Definition(entry.code(), texts.get(entry.code() + ".name"),
                texts.get(entry.code() + ".definition"), texts.get(entry.code() + ".formula"), entry.endpoint()))
                .toList();
    }

    private static List<Entry> read(String resource) {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(resource)) {
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Entry>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("The indicator catalogue " + resource + " cannot be read", e);
        }
    }
}
