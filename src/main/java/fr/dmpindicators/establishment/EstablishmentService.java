package fr.dmpindicators.establishment;

import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchSummary;
import fr.dmpindicators.write.WritePipeline;
import fr.dmpindicators.write.Written;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The establishment register: single and batch upserts through the write pipeline, reads and searches. */
@ApplicationScoped
public class EstablishmentService {

    @Inject
    EstablishmentRepository establishments;

    @Inject
    EstablishmentRegister register;

    @Inject
    WritePipeline pipeline;

    @Inject
    TerritoryHierarchy territories;

    public Establishment get(String finess) {
        return establishments.findByIdOptional(finess)
                .orElseThrow(() -> ProblemException.notFound(new ProblemText("detail.no-establishment", finess)));
    }

    public PageSlice<Establishment> search(String territory, String category, String name, int page, int size) {
        return establishments.search(territories.departementsForFilter(territory), category, name, page, size);
    }

    public Written<Establishment> upsert(EstablishmentDto item) {
        return pipeline.write(register, item);
    }

    public BatchSummary pushBatch(List<EstablishmentDto> items, BatchOptions options) {
        return pipeline.writeBatch(register, items, options);
    }
}
