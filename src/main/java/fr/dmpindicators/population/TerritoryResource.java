package fr.dmpindicators.population;

import fr.dmpindicators.api.TerritoriesApi;
import fr.dmpindicators.api.model.ReferencePopulationDto;
import fr.dmpindicators.api.model.ReferencePopulationInputDto;
import fr.dmpindicators.api.model.TerritoryDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.api.model.TerritoryPageDto;
import fr.dmpindicators.api.model.YearPopulationDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.population.PopulationService.PopulationChange;
import fr.dmpindicators.population.PopulationService.TerritoryView;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.territory.ReferencePopulation;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** HTTP access to the territories and their reference populations. */
@Path("/")
public class TerritoryResource implements TerritoriesApi {

    @Inject
    PopulationService service;

    @Override
    public Response listTerritories(TerritoryLevelDto level, String parent, Integer page, Integer size) {
        PageSlice<TerritoryDto> slice = service
                .list(level == null ? null : TerritoryLevel.valueOf(level.name()), parent, page, size)
                .map(TerritoryResource::toDto);
        return Response.ok(new TerritoryPageDto().items(slice.items()).page(slice.page()).size(slice.size())
                .totalItems(slice.totalItems()).totalPages(slice.totalPages())).build();
    }

    @Override
    public Response getTerritory(String code) {
        return Response.ok(toDto(service.get(code))).build();
    }

    @Override
    @RolesAllowed(Caller.ADMIN)
    public Response putReferencePopulation(String code, Integer year, ReferencePopulationInputDto input) {
        PopulationChange change = service.setPopulation(code, year, input);
        ReferencePopulation stored = change.population();
        ReferencePopulationDto body = new ReferencePopulationDto().territory(stored.territoryCode)
                .year(stored.year).population(stored.population).source(stored.source);
        return Response.status(change.created() ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }

    private static TerritoryDto toDto(TerritoryView view) {
        Territory t = view.territory();
        return new TerritoryDto().code(t.code).name(t.name).level(TerritoryLevelDto.valueOf(t.level.name()))
                .parent(t.parentCode)
                .populations(view.populations().stream()
                        .map(p -> new YearPopulationDto().year(p.year).population(p.population).source(p.source))
                        .toList());
    }
}
