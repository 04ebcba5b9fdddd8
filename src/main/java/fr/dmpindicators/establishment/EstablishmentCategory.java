package fr.dmpindicators.establishment;

import fr.dmpindicators.language.Texts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The FINESS establishment categories (TRE_R66) the register accepts. */
public enum EstablishmentCategory {
    CHR_CHU("101"),
    LOCAL_HOSPITAL("106"),
    HEALTH_CENTRE("124"),
    SURGICAL_CLINIC("128"),
    MEDICAL_CLINIC("129"),
    CANCER_CENTRE("131"),
    PSYCHIATRIC_HOSPITAL("292"),
    HOSPITAL("355"),
    MULTIDISCIPLINARY_CLINIC("365"),
    NURSING_HOME("500"),
    HEALTH_HOUSE("603"),
    PHARMACY("620");

    private static final String LABELS = "fr.dmpindicators.establishment.labels";

    private final String code;

    EstablishmentCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The category's label in a language; the code never changes. */
    public String label(Locale locale) {
        return Texts.of(LABELS, locale).get("category." + code);
    }

    public static Optional<EstablishmentCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
