package fr.dmpindicators.population;

import fr.dmpindicators.api.model.ReferencePopulationInputDto;

/** A reference population as a PUT sends it: the territory and year of its path, the figure of its body. */
public record PopulationInput(String territory, int year, ReferencePopulationInputDto figure) {
}
