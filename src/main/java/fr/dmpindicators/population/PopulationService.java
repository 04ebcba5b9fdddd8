package fr.dmpindicators.population;

import fr.dmpindicators.api.model.ReferencePopulationInputDto;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.audit.AuditTrail;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.territory.ReferencePopulation;
import fr.dmpindicators.territory.ReferencePopulationRepository;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.territory.TerritoryLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lists territories with their reference populations, and sets a population for a year. */
@ApplicationScoped
public class PopulationService {

    /** A territory and its reference populations, newest year first. */
    public record TerritoryView(Territory territory, List<ReferencePopulation> populations) {
    }

    /** The outcome of setting a population: the stored figure, and whether its year was new. */
    public record PopulationChange(ReferencePopulation population, boolean created) {
    }

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    ReferencePopulationRepository populations;

    @Inject
    Today today;

    @Inject
    BeanChecks beanChecks;

    @Inject
    AuditTrail audit;

    public PageSlice<TerritoryView> list(TerritoryLevel level, String parent, int page, int size) {
        List<Territory> matching = hierarchy.all().stream()
                .filter(t -> level == null || t.level == level)
                .filter(t -> parent == null || parent.equals(t.parentCode))
                .toList();
        PageSlice<Territory> slice = PageSlice.of(matching, page, size);
        Map<String, List<ReferencePopulation>> byTerritory = populations
                .listForTerritories(slice.items().stream().map(t -> t.code).toList()).stream()
                .collect(Collectors.groupingBy(p -> p.territoryCode));
        return slice.map(t -> new TerritoryView(t, byTerritory.getOrDefault(t.code, List.of())));
    }

    public TerritoryView get(String code) {
        Territory territory = findTerritory(code);
        return new TerritoryView(territory, populations.listForTerritories(List.of(code)));
    }

    @Transactional
    public PopulationChange setPopulation(String code, int year, ReferencePopulationInputDto input) {
        findTerritory(code);
        List<FieldError> errors = new ArrayList<>(beanChecks.check(input));
        if (year > today.date().getYear()) {
            errors.add(FieldError.of("year", "must not be after the current year"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String key = code + "|" + year;
        ReferencePopulation stored = populations.findPopulation(code, year).orElse(null);
        if (stored == null) {
            ReferencePopulation created = new ReferencePopulation(code, year, input.getPopulation(),
                    input.getSource());
            populations.persist(created);
            audit.record(Subject.REFERENCE_POPULATION, key, null, figure(created));
            return new PopulationChange(created, true);
        }
        if (stored.population != input.getPopulation() || !stored.source.equals(input.getSource())) {
            Map<String, Object> before = figure(stored);
            stored.population = input.getPopulation();
            stored.source = input.getSource();
            audit.record(Subject.REFERENCE_POPULATION, key, before, figure(stored));
        }
        return new PopulationChange(stored, false);
    }

    private static Map<String, Object> figure(ReferencePopulation p) {
        return Map.of("population", p.population, "source", p.source);
    }

    private Territory findTerritory(String code) {
        return hierarchy.find(code)
                .orElseThrow(() -> ProblemException.notFound("No territory has the code " + code + "."));
    }
}
