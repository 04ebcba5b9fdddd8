package fr.dmpindicators.establishment;

import java.util.Arrays;
import java.util.Optional;

/** The FINESS establishment categories (TRE_R66) the register accepts. */
public enum EstablishmentCategory {
    CHR_CHU("101", "Centre hospitalier régional (CHR/CHU)"),
    LOCAL_HOSPITAL("106", "Hôpital local"),
    HEALTH_CENTRE("124", "Centre de santé"),
    SURGICAL_CLINIC("128", "Clinique chirurgicale"),
    MEDICAL_CLINIC("129", "Clinique médicale"),
    CANCER_CENTRE("131", "Centre de lutte contre le cancer"),
    PSYCHIATRIC_HOSPITAL("292", "Centre hospitalier spécialisé en psychiatrie"),
    HOSPITAL("355", "Centre hospitalier"),
    MULTIDISCIPLINARY_CLINIC("365", "Clinique pluridisciplinaire"),
    NURSING_HOME("500", "EHPAD"),
    HEALTH_HOUSE("603", "Maison de santé pluriprofessionnelle"),
    PHARMACY("620", "Pharmacie d'officine");

    private final String code;
    private final String label;

    EstablishmentCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<EstablishmentCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
