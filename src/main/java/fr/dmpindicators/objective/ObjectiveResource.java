package fr.dmpindicators.objective;

import fr.dmpindicators.api.ObjectivesApi;
import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.ObjectiveInputDto;
import fr.dmpindicators.api.model.ObjectiveRevisionInputDto;
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

    @Inject
    ObjectiveMapper mapper;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    public Response createObjective(ObjectiveInputDto input) {
        ObjectiveInForce created = service.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.objective().id)).build())
                .entity(mapper.objective(created)).build();
    }

    @Override
    public Response getObjective(Long id) {
        return Response.ok(mapper.objective(service.get(id))).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    public Response reviseObjective(Long id, ObjectiveRevisionInputDto input) {
        return Response.ok(mapper.objective(service.revise(id, input))).build();
    }

    @Override
    public Response listObjectives(String territory, MetricDto metric, Integer page, Integer size) {
        return Response.ok(mapper.page(service.search(territory, mapper.metric(metric), page, size))).build();
    }

    @Override
    public Response getObjectiveProgress(Long id, LocalDate asOf) {
        return Response.ok(mapper.progress(service.progress(id, asOf))).build();
    }
}
