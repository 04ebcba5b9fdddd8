package fr.dmpindicators.imports;

import fr.dmpindicators.api.ImportsApi;
import fr.dmpindicators.http.TextBodies;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** HTTP access to import jobs: a file in, 202 with the job's address; the job followed, listed, cancelled. */
@Path("/")
@RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
public class ImportResource implements ImportsApi {

    @Inject
    ImportService service;

    @Inject
    ImportWorker worker;

    @Inject
    ImportMapper mapper;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response submitImport(File body, Boolean atomic, Boolean dryRun) {
        MediaType type = headers.getMediaType();
        if (type == null) {
            throw new NotSupportedException("A file without a content type is neither CSV nor JSON lines");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null) {
            try {
                TextBodies.declaredCharset(type);
            } catch (IllegalArgumentException unknown) {
                throw new NotSupportedException("Unknown charset " + charset);
            }
        }
        ImportJob job;
        try {
            job = service.submit(body, "csv".equals(type.getSubtype()) ? ImportJob.Format.CSV
                    : ImportJob.Format.NDJSON, charset, BatchOptions.of(atomic, dryRun));
        } catch (IOException e) {
            throw new UncheckedIOException("The imports folder cannot take the file", e);
        }
        worker.wake();
        return Response.accepted(mapper.toDto(job))
                .location(uriInfo.getBaseUriBuilder().path("api/v1/imports").path(String.valueOf(job.id)).build())
                .build();
    }

    @Override
    public Response getImport(Long id) {
        return Response.ok(mapper.toDto(service.get(id))).build();
    }

    @Override
    public Response listImports(Integer page, Integer size) {
        return Response.ok(mapper.page(service.list(page, size))).build();
    }

    @Override
    public Response cancelImport(Long id) {
        return Response.ok(mapper.toDto(service.cancel(id))).build();
    }
}
