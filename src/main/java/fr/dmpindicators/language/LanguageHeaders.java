package fr.dmpindicators.language;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Says on every answer of the API which language it is written in ({@code Content-Language}) and that it depends on
 * {@code Accept-Language} ({@code Vary}), so that a cache keeps one copy per language, problems included.
 */
@Provider
public class LanguageHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(Language.CONTENT_LANGUAGE,
                Language.of(request.getHeaderString(Language.ACCEPT_LANGUAGE)).toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, Language.ACCEPT_LANGUAGE);
    }
}
