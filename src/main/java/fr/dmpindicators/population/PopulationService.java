package fr.dmpindicators.population;

import fr.dmpindicators.api.model.ReferencePopulationInputDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.ReferencePopulation;
import fr.dmpindicators.territory.ReferencePopulationRepository;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.territory.TerritoryLevel;
import fr.dmpindicators.write.WritePipeline;
import fr.dmpindicators.write.Written;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lists territories with their reference populations; sets a population for a year through the write pipeline. */
@ApplicationScoped
public class PopulationService {

    /** A territory and its reference populations, newest year first. */
    public record TerritoryView(Territory territory, List<ReferencePopulation> populations) {
    }

    @Inject
    TerritoryHierarchy hierarchy;

    @Inject
    ReferencePopulationRepository populations;

    @Inject
    PopulationRegister register;

    @Inject
    WritePipeline pipeline;

    /** Territories of a level, or the children of a parent; a parent that is no territory is a bad parameter. */
    public PageSlice<TerritoryView> list(TerritoryLevel level, String parent, int page, int size) {
        if (parent != null) {
            hierarchy.findParameter("parent", parent);
        }
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

    /** Sets a territory's figure for a year (an unknown territory is a 404, before any rule). */
    public Written<ReferencePopulation> setPopulation(String code, int year, ReferencePopulationInputDto input) {
        findTerritory(code);
        return pipeline.write(register, new PopulationInput(code, year, input));
    }

    private Territory findTerritory(String code) {
        return hierarchy.find(code)
                .orElseThrow(() -> ProblemException.notFound(new ProblemText("detail.no-territory", code)));
    }
}
