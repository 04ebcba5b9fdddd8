package fr.dmpindicators.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Objects;

/** A health establishment of the register, identified by its FINESS number. */
@Entity
public class Establishment {

    @Id
    public String finess;

    public String name;

    public String category;

    @Column(name = "territory_code")
    public String territoryCode;

    protected Establishment() {
    }

    public Establishment(String finess, String name, String category, String territoryCode) {
        this.finess = finess;
        this.name = name;
        this.category = category;
        this.territoryCode = territoryCode;
    }

    public boolean sameDescriptionAs(Establishment other) {
        return Objects.equals(name, other.name) && Objects.equals(category, other.category)
                && Objects.equals(territoryCode, other.territoryCode);
    }

    public void describeAs(Establishment other) {
        name = other.name;
        category = other.category;
        territoryCode = other.territoryCode;
    }
}
