package fr.dmpindicators.source;

import java.util.List;

/**
 * The kind of health professional who created or fed a DMP, with its code in the national RPPS profession
 * vocabulary (TRE_G15) and, for general practitioners, the specialties (TRE_R38) that define them.
 */
public enum PractitionerType {
    GENERAL_PRACTITIONER("General practitioner", "10", List.of("SM54", "SM53", "SM26")),
    SPECIALIST_PHYSICIAN("Specialist physician", "10", List.of()),
    PHARMACIST("Pharmacist", "21", List.of()),
    NURSE("Nurse", "60", List.of()),
    MIDWIFE("Midwife", "50", List.of()),
    DENTIST("Dentist", "40", List.of()),
    PHYSIOTHERAPIST("Physiotherapist", "70", List.of()),
    OTHER("Other health professional", null, List.of());

    private final String label;
    private final String rppsProfessionCode;
    private final List<String> rppsSpecialtyCodes;

    PractitionerType(String label, String rppsProfessionCode, List<String> rppsSpecialtyCodes) {
        this.label = label;
        this.rppsProfessionCode = rppsProfessionCode;
        this.rppsSpecialtyCodes = rppsSpecialtyCodes;
    }

    public String label() {
        return label;
    }

    public String rppsProfessionCode() {
        return rppsProfessionCode;
    }

    public List<String> rppsSpecialtyCodes() {
        return rppsSpecialtyCodes;
    }
}
