package fr.dmpindicators.establishment;

import fr.dmpindicators.api.EstablishmentsApi;
import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.api.model.EstablishmentInputDto;
import fr.dmpindicators.api.model.EstablishmentPageDto;
import fr.dmpindicators.establishment.EstablishmentService.Upserted;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.persistence.RetryOnConflict;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** HTTP access to the establishment register. */
@Path("/")
public class EstablishmentResource implements EstablishmentsApi {

    @Inject
    EstablishmentService service;

    @Override
    public Response listEstablishments(String territory, String category, String name, Integer page, Integer size) {
        PageSlice<EstablishmentDto> slice = service.search(territory, category, name, page, size)
                .map(EstablishmentResource::toDto);
        return Response.ok(new EstablishmentPageDto().items(slice.items()).page(slice.page()).size(slice.size())
                .totalItems(slice.totalItems()).totalPages(slice.totalPages())).build();
    }

    @Override
    public Response getEstablishment(String finess) {
        return Response.ok(toDto(service.get(finess))).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response putEstablishment(String finess, EstablishmentInputDto input) {
        Upserted upserted = service.upsert(new EstablishmentDto().finess(finess).name(input.getName())
                .category(input.getCategory()).territory(input.getTerritory()));
        return Response.status(upserted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(toDto(upserted.establishment())).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response pushEstablishmentBatch(List<EstablishmentDto> items, Boolean atomic, Boolean dryRun) {
        return Response.ok(service.pushBatch(items, BatchOptions.of(atomic, dryRun)).toDto()).build();
    }

    private static EstablishmentDto toDto(Establishment e) {
        return new EstablishmentDto().finess(e.finess).name(e.name).category(e.category).territory(e.territoryCode);
    }
}
