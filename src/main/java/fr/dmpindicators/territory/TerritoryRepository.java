package fr.dmpindicators.territory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores the territories of the reference file, so that records and establishments can refer to them. */
@ApplicationScoped
public class TerritoryRepository implements PanacheRepositoryBase<Territory, String> {
}
