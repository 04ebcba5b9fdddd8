package fr.dmpindicators.population;

import fr.dmpindicators.api.model.ReferencePopulationDto;
import fr.dmpindicators.api.model.TerritoryDto;
import fr.dmpindicators.api.model.TerritoryLevelDto;
import fr.dmpindicators.api.model.TerritoryPageDto;
import fr.dmpindicators.api.model.YearPopulationDto;
import fr.dmpindicators.persistence.AsPage;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.population.PopulationService.TerritoryView;
import fr.dmpindicators.territory.ReferencePopulation;
import fr.dmpindicators.territory.TerritoryLevel;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between territories with their reference populations and the contract's models. */
@Mapper
public interface PopulationMapper {

    @Mapping(target = "code", source = "territory.code")
    @Mapping(target = "name", source = "territory.name")
    @Mapping(target = "level", source = "territory.level")
    @Mapping(target = "parent", source = "territory.parentCode")
    @Mapping(target = "removePopulationsItem", ignore = true)
    TerritoryDto toDto(TerritoryView view);

    @AsPage
    TerritoryPageDto page(PageSlice<TerritoryView> slice);

    YearPopulationDto toYearDto(ReferencePopulation population);

    @Mapping(target = "territory", source = "territoryCode")
    ReferencePopulationDto toDto(ReferencePopulation population);

    TerritoryLevel level(TerritoryLevelDto level);

    /** The command of an input that broke no rule. */
    @Mapping(target = "population", source = "figure.population")
    @Mapping(target = "source", source = "figure.source")
    PopulationFigure command(PopulationInput input);
}
