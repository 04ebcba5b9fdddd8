package fr.dmpindicators.establishment;

/** The command of the establishment register: what it holds for one FINESS number. */
public record Registration(String finess, String name, String category, String territory) {
}
