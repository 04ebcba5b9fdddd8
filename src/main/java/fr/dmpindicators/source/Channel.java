package fr.dmpindicators.source;

import fr.dmpindicators.language.Texts;
import java.util.Locale;

/**
 * How a DMP was created, and which source fields each channel needs (domain §2): an establishment names its FINESS;
 * a liberal practitioner names their type and may name the practice's FINESS; the other channels name neither.
 */
public enum Channel {
    ESTABLISHMENT(Requirement.REQUIRED, Requirement.FORBIDDEN),
    PRACTITIONER(Requirement.OPTIONAL, Requirement.REQUIRED),
    CPAM(Requirement.FORBIDDEN, Requirement.FORBIDDEN),
    PATIENT(Requirement.FORBIDDEN, Requirement.FORBIDDEN),
    AUTOMATIC(Requirement.FORBIDDEN, Requirement.FORBIDDEN),
    UNKNOWN(Requirement.FORBIDDEN, Requirement.FORBIDDEN);

    /** Whether a channel needs a source field. */
    public enum Requirement {
        REQUIRED, OPTIONAL, FORBIDDEN
    }

    private static final String LABELS = "fr.dmpindicators.source.labels";

    private final Requirement finess;
    private final Requirement practitionerType;

    Channel(Requirement finess, Requirement practitionerType) {
        this.finess = finess;
        this.practitionerType = practitionerType;
    }

    /** The channel's label in a language; the code never changes. */
    public String label(Locale locale) {
        return Texts.of(LABELS, locale).get("channel." + name());
    }

    public Requirement finess() {
        return finess;
    }

    public Requirement practitionerType() {
        return practitionerType;
    }
}
