package fr.dmpindicators.http;

import fr.dmpindicators.language.Language;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * HTTP validators for the reads marked {@link Revalidated} (RFC 9110 §8.8.3, §13.1.2): the answer is written here,
 * once, in the media type negotiated as the REST layer would (JSON, CSV, FHIR), by that type's writer, and its {@code ETag} is a SHA-256 of what the client
 * receives: the media type, the language and the bytes. It therefore changes exactly when the answer does, whatever
 * changed it (a push, a new day for a default {@code asOf}, another representation). An {@code If-None-Match} naming
 * it (weak comparison, a list, or {@code *}) answers 304 without a body. Problems are not marked, so carry none.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    static final String IF_NONE_MATCH = "If-None-Match";

    @Context
    ResourceInfo resource;

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Revalidated policy = policy();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (policy == null || !read || response.getStatus() != Response.Status.OK.getStatusCode()
                || !response.hasEntity()) {
            return;
        }
        MediaType type = AnswerTypes.of(request).orElseGet(() -> response.getMediaType() != null
                ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE);
        byte[] body = write(response, type);
        String tag = tag(type, Language.of(request.getHeaderString(Language.ACCEPT_LANGUAGE)).toLanguageTag(), body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                policy.maxAge() > 0 ? "max-age=" + policy.maxAge() : "no-cache");
        // Kept answers differ by media type too: a cache must not hand a CSV to a client that asked for JSON.
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (IfNoneMatch.matches(request.getHeaderString(IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /** The method's own marking, else its class's. */
    private Revalidated policy() {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return null;
        }
        Method method = resource.getResourceMethod();
        try {
            Method own = resource.getResourceClass().getMethod(method.getName(), method.getParameterTypes());
            if (own.isAnnotationPresent(Revalidated.class)) {
                return own.getAnnotation(Revalidated.class);
            }
        } catch (NoSuchMethodException inherited) {
            // the class's marking applies
        }
        return resource.getResourceClass().getAnnotation(Revalidated.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] write(ContainerResponseContext response, MediaType type) throws IOException {
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(),
                response.getEntityType(), response.getEntityAnnotations(), type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(response.getEntity(), response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), type, response.getHeaders(), out);
        return out.toByteArray();
    }

    /** A strong tag: the first 128 bits of the SHA-256 of the representation, base64url. */
    static String tag(MediaType type, String language, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((type.getType() + "/" + type.getSubtype() + "\n" + language + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
