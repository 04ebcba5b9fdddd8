package fr.dmpindicators.imports;

import fr.dmpindicators.persistence.Filters;
import fr.dmpindicators.persistence.PageSlice;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The import jobs: newest first for people, oldest queued first for the worker. */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {

    /** Every job, or a submitter's own, newest first. */
    public PageSlice<ImportJob> search(String submittedBy, int page, int size) {
        return new Filters().and("submittedBy = :submittedBy", "submittedBy", submittedBy)
                .page(this, Sort.by("id", Sort.Direction.Descending), page, size);
    }

    /** The job submitted first among those waiting. */
    public Optional<ImportJob> nextQueued() {
        return find("status", Sort.by("id"), ImportStatus.QUEUED).firstResultOptional();
    }
}
