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
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the demo dataset (domain §6, see {@code demo/README.md}) on the first start of an empty database, through
 * the same services as the API so that it obeys every rule. Switched off with {@code dmp.demo-data.enabled=false}.
 */
@ApplicationScoped
public class DemoDataset {

    private static final Logger LOG = Logger.getLogger(DemoDataset.class);

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

    void loadOnFirstStart(@Observes @Priority(20) StartupEvent startup) {
        // One row is enough to tell an empty database: counting them all would scan millions at every start.
        if (config.demoData().enabled() && records.findAll().firstResultOptional().isEmpty()) {
            load();
        }
    }

    @ActivateRequestContext
    void load() {
        caller.actAsSystem("demo-dataset");
        List<PopulationRow> populations = Csv.readResource("demo/populations.csv", PopulationRow.class);
        populations.forEach(p -> territories.setPopulation(p.territory(), p.year(),
                new ReferencePopulationInputDto().population(p.population()).source(p.source())));
        establishments.pushBatch(Csv.readResource("demo/establishments.csv", EstablishmentDto.class),
                BatchOptions.ATOMIC);
        List<DmpCreationDto> rows = Csv.readResource("demo/dmp-creations.csv", DmpCreationDto.class);
        // A first start spends seconds here: say so, batch by batch, so that a newcomer does not think it hangs.
        LOG.infof("Loading the demo dataset into an empty database: %d DMP creation records", rows.size());
        int batchSize = config.batch().maxItems();
        for (int from = 0; from < rows.size(); from += batchSize) {
            int to = Math.min(from + batchSize, rows.size());
            dmpCreations.pushBatch(rows.subList(from, to), BatchOptions.ATOMIC);
            LOG.infof("Demo dataset: %d of %d DMP creation records stored", to, rows.size());
        }
        LOG.infof("Demo dataset loaded: %d reference populations, %d DMP creation records", populations.size(),
                rows.size());
    }

    /** One line of {@code demo/populations.csv}. */
    record PopulationRow(String territory, int year, long population, String source) {
    }
}
