package fr.dmpindicators.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

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

    public Establishment(Registration registration) {
        this.finess = registration.finess();
        describeAs(registration);
    }

    /** What the register holds, as the command that would store it. */
    public Registration registration() {
        return new Registration(finess, name, category, territoryCode);
    }

    public void describeAs(Registration registration) {
        name = registration.name();
        category = registration.category();
        territoryCode = registration.territory();
    }
}
