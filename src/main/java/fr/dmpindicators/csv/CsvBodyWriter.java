package fr.dmpindicators.csv;

import fr.dmpindicators.api.model.BreakdownDto;
import fr.dmpindicators.api.model.BreakdownItemDto;
import fr.dmpindicators.api.model.CompletenessDto;
import fr.dmpindicators.api.model.RankingDto;
import fr.dmpindicators.api.model.RankingItemDto;
import fr.dmpindicators.api.model.TerritoryCompletenessDto;
import fr.dmpindicators.api.model.TimeSeriesDto;
import fr.dmpindicators.api.model.TimeSeriesPointDto;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Writes the tables of the API (breakdown, ranking, time series, completeness) as {@code text/csv}: a header row, an
 * item a row.
 */
@Provider
@Produces("text/csv")
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    private static final Set<Class<?>> TABLES = Set.of(BreakdownDto.class, RankingDto.class, TimeSeriesDto.class,
            CompletenessDto.class);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TABLES.contains(type);
    }

    @Override
    public void writeTo(Object table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (table instanceof BreakdownDto breakdown) {
            Csv.write(out, breakdown.getItems(), BreakdownItemDto.class);
        } else if (table instanceof RankingDto ranking) {
            Csv.write(out, ranking.getItems(), RankingItemDto.class);
        } else if (table instanceof TimeSeriesDto series) {
            Csv.write(out, series.getItems(), TimeSeriesPointDto.class);
        } else if (table instanceof CompletenessDto completeness) {
            Csv.write(out, completeness.getItems(), TerritoryCompletenessDto.class);
        }
    }
}
