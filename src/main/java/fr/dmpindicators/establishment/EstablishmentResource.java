package fr.dmpindicators.establishment;

import fr.dmpindicators.api.EstablishmentsApi;
import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.api.model.EstablishmentInputDto;
import fr.dmpindicators.csv.CsvReadings;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.persistence.RetryOnConflict;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchSummaryMapper;
import fr.dmpindicators.write.Outcome;
import fr.dmpindicators.write.Written;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** HTTP access to the establishment register. */
@Path("/")
public class EstablishmentResource implements EstablishmentsApi {

    @Inject
    EstablishmentService service;

    @Inject
    EstablishmentMapper mapper;

    @Inject
    BatchSummaryMapper summaries;

    @Inject
    CsvReadings csvReadings;

    @Context
    HttpHeaders headers;

    @Override
    public Response listEstablishments(String territory, String category, String name, Integer page, Integer size) {
        return Response.ok(mapper.page(service.search(territory, category, name, page, size))).build();
    }

    @Override
    public Response getEstablishment(String finess) {
        return Response.ok(mapper.toDto(service.get(finess))).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response putEstablishment(String finess, EstablishmentInputDto input) {
        Written<Establishment> upserted = service.upsert(mapper.item(finess, input));
        return Response.status(upserted.outcome() == Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(mapper.toDto(upserted.stored())).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response pushEstablishmentBatch(List<EstablishmentDto> items, Boolean atomic, Boolean dryRun) {
        return Response.ok(summaries.toDto(service.pushBatch(items, BatchOptions.of(atomic, dryRun)),
                csvReadings.warnings(), Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE)))).build();
    }
}
