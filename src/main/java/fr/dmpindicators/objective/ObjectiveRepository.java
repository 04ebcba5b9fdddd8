package fr.dmpindicators.objective;

import fr.dmpindicators.indicator.Metric;
import fr.dmpindicators.persistence.Filters;
import fr.dmpindicators.persistence.PageSlice;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Reads and writes objectives; their revisions follow them (persisted with them, loaded when first read). */
@ApplicationScoped
public class ObjectiveRepository implements PanacheRepository<Objective> {

    /** The objective, locked until the transaction ends, so that two revisions never take the same number. */
    public Optional<Objective> findForRevision(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of objectives by id; a null filter keeps everything. */
    public PageSlice<Objective> search(String territoryCode, Metric metric, int page, int size) {
        return new Filters()
                .and("territoryCode = :territory", "territory", territoryCode)
                .and("metric = :metric", "metric", metric)
                .page(this, Sort.by("id"), page, size);
    }

    /** Every objective of exactly this territory (not those below it), by id. */
    public List<Objective> findByTerritory(String territoryCode) {
        return list("territoryCode", Sort.by("id"), territoryCode);
    }
}
