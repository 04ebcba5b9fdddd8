package fr.dmpindicators.population;

import fr.dmpindicators.api.TerritoriesApi;
import fr.dmpindicators.api.model.ReferencePopulationInputDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.http.Revalidated;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.territory.ReferencePopulation;
import fr.dmpindicators.write.Outcome;
import fr.dmpindicators.write.Written;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** HTTP access to the territories and their reference populations. */
@Path("/")
@Revalidated
public class TerritoryResource implements TerritoriesApi {

    @Inject
    PopulationService service;

    @Inject
    PopulationMapper mapper;

    @Override
    public Response listTerritories(TerritoryLevelDto level, String parent, Integer page, Integer size) {
        return Response.ok(mapper.page(service.list(mapper.level(level), parent, page, size))).build();
    }

    @Override
    public Response getTerritory(String code) {
        return Response.ok(mapper.toDto(service.get(code))).build();
    }

    @Override
    @RolesAllowed(Caller.ADMIN)
    public Response putReferencePopulation(String code, Integer year, ReferencePopulationInputDto input) {
        Written<ReferencePopulation> set = service.setPopulation(code, year, input);
        return Response.status(set.outcome() == Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(mapper.toDto(set.stored())).build();
    }
}
