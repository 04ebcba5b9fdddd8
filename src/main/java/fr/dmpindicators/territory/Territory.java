package fr.dmpindicators.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A node of the hierarchy nation → region → département, as loaded from the reference file. */
@Entity
public class Territory {

    public static final String NATION_CODE = "FR";

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "territory_level")
    public TerritoryLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    protected Territory() {
    }

    public Territory(String code, String name, TerritoryLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    public boolean isDepartement() {
        return level == TerritoryLevel.DEPARTEMENT;
    }
}
