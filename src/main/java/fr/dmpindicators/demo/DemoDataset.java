package fr.dmpindicators.demo;

import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.api.model.ReferencePopulationInputDto;
import fr.dmpindicators.config.DmpConfig;
import fr.dmpindicators.csv.Csv;
import fr.dmpindicators.establishment.EstablishmentService;
import fr.dmpindicators.population.PopulationService;
import fr.dmpindicators.record.DmpCreationRepository;
import fr.dmpindicators.record.DmpCreationService;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Loads the demo dataset (domain §6, see {@code demo/README.md}) on the first start of an empty database, through
 * the same services as the API so that it obeys every rule. Switched off with {@code dmp.demo-data.enabled=false}.
 */
@ApplicationScoped
public class DemoDataset {

    private static final int LOAD_TIMEOUT_SECONDS = 1800;

    @Inject
    DmpConfig config;

    @Inject
    DmpCreationRepository records;

    @Inject
    PopulationService territories;

    @Inject
    EstablishmentService establishments;

    @Inject
    DmpCreationService dmpCreations;

    @Inject
    Caller caller;

    @Inject
    LoadProgress progress;

    void loadOnFirstStart(@Observes @Priority(20) StartupEvent startup) {
        if (config.demoData().enabled()) {
            loadIntoEmptyDatabase();
        }
    }

    /**
     * The whole dataset in one transaction, so a start interrupted during the load leaves nothing behind and the next
     * start, finding the database empty again, loads it whole: one record is then enough to tell an empty database
     * (counting them all would scan millions at every start). On a busy machine the load can take minutes, hence the
     * transaction's long timeout.
     */
    @ActivateRequestContext
    @Transactional
    @TransactionConfiguration(timeout = LOAD_TIMEOUT_SECONDS)
    void loadIntoEmptyDatabase() {
        if (records.findAll().firstResultOptional().isPresent()) {
            return;
        }
        caller.actAsSystem("demo-dataset");
        List<PopulationRow> populations = Csv.readResource("demo/populations.csv", PopulationRow.class);
        populations.forEach(p -> territories.setPopulation(p.territory(), p.year(),
                new ReferencePopulationInputDto().population(p.population()).source(p.source())));
        establishments.pushBatch(Csv.readResource("demo/establishments.csv", EstablishmentDto.class),
                BatchOptions.ATOMIC);
        List<DmpCreationDto> rows = Csv.readResource("demo/dmp-creations.csv", DmpCreationDto.class);
        progress.starting(rows.size());
        dmpCreations.pushInChunks(rows, config.batch().maxItems(), BatchOptions.ATOMIC,
                stored -> progress.stored(stored, rows.size()));
        progress.loaded(populations.size(), rows.size());
    }

    /** One line of {@code demo/populations.csv}. */
    record PopulationRow(String territory, int year, long population, String source) {
    }
}
