package fr.dmpindicators.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The denominator of coverage for one territory from one year on, with where the figure comes from. */
@Entity
@Table(name = "reference_population")
@IdClass(ReferencePopulation.Key.class)
public class ReferencePopulation {

    /** The primary key: a territory and a year. */
    public record Key(String territoryCode, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "territory_code")
    public String territoryCode;

    @Id
    @Column(name = "population_year")
    public int year;

    public long population;

    @Column(name = "source_label")
    public String source;

    protected ReferencePopulation() {
    }

    public ReferencePopulation(String territoryCode, int year, long population, String source) {
        this.territoryCode = territoryCode;
        this.year = year;
        this.population = population;
        this.source = source;
    }
}
