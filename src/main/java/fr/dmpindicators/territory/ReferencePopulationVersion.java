package fr.dmpindicators.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row whose value every write of a reference population changes in its own transaction (V8): a replica that
 * keeps the figures in memory reads only this value to know whether they still stand.
 */
@Entity
@Table(name = "reference_population_version")
public class ReferencePopulationVersion {

    @Id
    public int id;

    public long version;

    protected ReferencePopulationVersion() {
    }
}
