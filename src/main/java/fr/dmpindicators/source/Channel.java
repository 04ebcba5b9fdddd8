package fr.dmpindicators.source;

/**
 * How a DMP was created, and which source fields each channel needs (domain §2): an establishment names its FINESS;
 * a liberal practitioner names their type and may name the practice's FINESS; the other channels name neither.
 */
public enum Channel {
    ESTABLISHMENT("Health establishment", Requirement.REQUIRED, Requirement.FORBIDDEN),
    PRACTITIONER("Liberal health professional", Requirement.OPTIONAL, Requirement.REQUIRED),
    CPAM("Health-insurance office counter (CPAM)", Requirement.FORBIDDEN, Requirement.FORBIDDEN),
    PATIENT("The patient, online", Requirement.FORBIDDEN, Requirement.FORBIDDEN),
    AUTOMATIC("Automatic creation (July 2019 law)", Requirement.FORBIDDEN, Requirement.FORBIDDEN),
    UNKNOWN("Historical stock, channel unknown", Requirement.FORBIDDEN, Requirement.FORBIDDEN);

    /** Whether a channel needs a source field. */
    public enum Requirement {
        REQUIRED, OPTIONAL, FORBIDDEN
    }

    private final String label;
    private final Requirement finess;
    private final Requirement practitionerType;

    Channel(String label, Requirement finess, Requirement practitionerType) {
        this.label = label;
        this.finess = finess;
        this.practitionerType = practitionerType;
    }

    public String label() {
        return label;
    }

    public Requirement finess() {
        return finess;
    }

    public Requirement practitionerType() {
        return practitionerType;
    }
}
