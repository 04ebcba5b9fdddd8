package fr.dmpindicators.objective;

import fr.dmpindicators.api.ObjectivesApi;
import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.ObjectiveDto;
import fr.dmpindicators.api.model.ObjectiveInputDto;
import fr.dmpindicators.api.model.ObjectivePageDto;
import fr.dmpindicators.api.model.ObjectiveRevisionInputDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;

/** HTTP access to objectives and their progress. */
@Path("/")
public class ObjectiveResource implements ObjectivesApi {

    @Inject
    ObjectiveService service;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    public Response createObjective(ObjectiveInputDto input) {
        ObjectiveDto created = service.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @Override
    public Response getObjective(Long id) {
        return Response.ok(service.get(id)).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    public Response reviseObjective(Long id, ObjectiveRevisionInputDto input) {
        return Response.ok(service.revise(id, input)).build();
    }

    @Override
    public Response listObjectives(String territory, MetricDto metric, Integer page, Integer size) {
        PageSlice<ObjectiveDto> slice = service.search(territory, metric, page, size);
        return Response.ok(new ObjectivePageDto().items(slice.items()).page(slice.page()).size(slice.size())
                .totalItems(slice.totalItems()).totalPages(slice.totalPages())).build();
    }

    @Override
    public Response getObjectiveProgress(Long id, LocalDate asOf) {
        return Response.ok(service.progress(id, asOf)).build();
    }
}
