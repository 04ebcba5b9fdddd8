package fr.dmpindicators.fhir;

import fr.dmpindicators.api.model.BreakdownDto;
import fr.dmpindicators.api.model.IndicatorDefinitionDto;
import fr.dmpindicators.api.model.IndicatorValueDto;
import fr.dmpindicators.language.Language;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes the answers the contract offers as {@code application/fhir+json}: an indicator value or a breakdown as a
 * {@code MeasureReport}, the catalogue as a {@code Bundle} of {@code Measure}s. The resources answer their usual
 * models; only this writer knows FHIR, so the indicators do not depend on it.
 */
@Provider
@Produces(FhirJson.MEDIA_TYPE)
public class FhirWriter implements MessageBodyWriter<Object> {

    @Context
    HttpHeaders headers;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IndicatorValueDto.class.isAssignableFrom(type) || BreakdownDto.class.isAssignableFrom(type)
                || List.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        out.write(FhirJson.write(resource(answer)).getBytes(StandardCharsets.UTF_8));
    }

    private IBaseResource resource(Object answer) {
        if (answer instanceof IndicatorValueDto value) {
            return MeasureReports.of(value);
        }
        if (answer instanceof BreakdownDto breakdown) {
            return MeasureReports.of(breakdown);
        }
        List<IndicatorDefinitionDto> catalogue = ((List<?>) answer).stream()
                .map(IndicatorDefinitionDto.class::cast).toList();
        return Measures.of(catalogue, Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE)));
    }
}
