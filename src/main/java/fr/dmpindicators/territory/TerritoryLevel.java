package fr.dmpindicators.territory;

/** The level of a territory: the nation, a region (one ARS), a département. */
public enum TerritoryLevel {
    NATION, REGION, DEPARTEMENT
}
