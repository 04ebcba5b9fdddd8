package fr.dmpindicators.population;

/** The command of a reference population: a territory's figure from one year on, and where it comes from. */
public record PopulationFigure(String territory, int year, long population, String source) {
}
