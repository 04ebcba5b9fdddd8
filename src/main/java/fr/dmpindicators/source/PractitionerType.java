package fr.dmpindicators.source;

import fr.dmpindicators.language.Texts;
import java.util.List;
import java.util.Locale;

/**
 * The kind of health professional who created or fed a DMP, with its code in the national RPPS profession
 * vocabulary (TRE_G15) and, for general practitioners, the specialties (TRE_R38) that define them.
 */
public enum PractitionerType {
    GENERAL_PRACTITIONER("10", List.of("SM54", "SM53", "SM26")),
    SPECIALIST_PHYSICIAN("10", List.of()),
    PHARMACIST("21", List.of()),
    NURSE("60", List.of()),
    MIDWIFE("50", List.of()),
    DENTIST("40", List.of()),
    PHYSIOTHERAPIST("70", List.of()),
    OTHER(null, List.of());

    private static final String LABELS = "fr.dmpindicators.source.labels";

    private final String rppsProfessionCode;
    private final List<String> rppsSpecialtyCodes;

    PractitionerType(String rppsProfessionCode, List<String> rppsSpecialtyCodes) {
        this.rppsProfessionCode = rppsProfessionCode;
        this.rppsSpecialtyCodes = rppsSpecialtyCodes;
    }

    /** The type's label in a language; the code never changes. */
    public String label(Locale locale) {
        return Texts.of(LABELS, locale).get("practitioner-type." + name());
    }

    public String rppsProfessionCode() {
        return rppsProfessionCode;
    }

    public List<String> rppsSpecialtyCodes() {
        return rppsSpecialtyCodes;
    }
}
