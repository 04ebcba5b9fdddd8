package fr.dmpindicators.csv;

import fr.dmpindicators.http.TextBodies;
import fr.dmpindicators.language.Language;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Reads a {@code text/csv} body into a list of the contract's models, in the service's {@link Csv} dialect, in the
 * charset the content type names (without one, UTF-8 or, failing that, Windows-1252: see {@link Csv#read}), which
 * {@link TextBodies} has found well-formed; the warnings of the reading are kept in {@link CsvReadings}.
 */
@Provider
@Consumes("text/csv")
public class CsvBodyReader implements MessageBodyReader<List<?>> {

    @Inject
    CsvReadings readings;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type) && genericType instanceof ParameterizedType;
    }

    @Override
    public List<?> readFrom(Class<List<?>> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream body) throws IOException {
        Charset declared = null;
        if (mediaType.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            try {
                declared = TextBodies.declaredCharset(mediaType);
            } catch (IllegalArgumentException unknown) {
                throw new NotSupportedException("Unknown charset " + mediaType.getParameters().get(
                        MediaType.CHARSET_PARAMETER));
            }
        }
        Csv.Table<?> table = Csv.read(body, declared, ((ParameterizedType) genericType).getActualTypeArguments()[0],
                Language.of(httpHeaders.getFirst(Language.ACCEPT_LANGUAGE)));
        readings.keep(table.warnings());
        return table.items();
    }
}
