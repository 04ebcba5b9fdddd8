package fr.dmpindicators.territory;

import fr.dmpindicators.csv.Csv;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The territories of France (the nation, 18 regions, 101 départements) from the reference file
 * {@code reference/departements.csv}, held in memory since they never change while the service runs.
 * At startup it stores any territory the database lacks, and the file's INSEE populations where no figure is set.
 */
@ApplicationScoped
public class TerritoryHierarchy {

    static final String REFERENCE_FILE = "reference/departements.csv";
    static final String INSEE_SOURCE = "INSEE, populations légales ";

    private static final Comparator<Territory> BY_LEVEL_THEN_CODE =
            Comparator.comparing((Territory t) -> t.level).thenComparing(t -> t.code);

    @Inject
    TerritoryRepository territories;

    @Inject
    ReferencePopulationRepository populations;

    private Map<String, Territory> byCode = Map.of();
    private Map<String, List<Territory>> childrenByParent = Map.of();
    private final Map<String, List<Territory>> underByKey = new ConcurrentHashMap<>();

    @Transactional
    void load(@Observes @Priority(10) StartupEvent startup) {
        List<ReferenceRow> rows = Csv.readResource(REFERENCE_FILE, ReferenceRow.class);
        Map<String, Territory> loaded = new LinkedHashMap<>();
        loaded.put(Territory.NATION_CODE, new Territory(Territory.NATION_CODE, "France", TerritoryLevel.NATION, null));
        for (ReferenceRow row : rows) {
            String regionCode = "R" + row.region_code();
            loaded.putIfAbsent(regionCode,
                    new Territory(regionCode, row.region_name(), TerritoryLevel.REGION, Territory.NATION_CODE));
        }
        for (ReferenceRow row : rows) {
            loaded.put(row.code(), new Territory(row.code(), row.name(), TerritoryLevel.DEPARTEMENT,
                    "R" + row.region_code()));
        }
        List<Territory> ordered = loaded.values().stream().sorted(BY_LEVEL_THEN_CODE).toList();
        Set<String> stored = storedOf(Territory.class, ordered.stream().map(t -> t.code).toList()).stream()
                .map(t -> t.code).collect(Collectors.toSet());
        ordered.stream().filter(t -> !stored.contains(t.code)).forEach(t ->
                territories.persist(new Territory(t.code, t.name, t.level, t.parentCode)));
        territories.flush();
        Set<ReferencePopulation.Key> figures = storedOf(ReferencePopulation.class,
                rows.stream().map(ReferenceRow::populationKey).toList()).stream()
                .map(p -> new ReferencePopulation.Key(p.territoryCode, p.year)).collect(Collectors.toSet());
        List<ReferenceRow> missing = rows.stream().filter(row -> !figures.contains(row.populationKey())).toList();
        missing.forEach(row -> populations.persist(new ReferencePopulation(row.code(), row.population_year(),
                row.population(), INSEE_SOURCE + row.population_year())));
        if (!missing.isEmpty()) {
            populations.changed();
        }
        Map<String, Territory> index = new LinkedHashMap<>();
        ordered.forEach(t -> index.put(t.code, t));
        byCode = Map.copyOf(index);
        Map<String, List<Territory>> children = new LinkedHashMap<>();
        ordered.stream().filter(t -> t.parentCode != null)
                .forEach(t -> children.computeIfAbsent(t.parentCode, parent -> new ArrayList<>()).add(t));
        childrenByParent = Map.copyOf(children);
        underByKey.clear();
    }

    /**
     * The stored entities of these identifiers, looked up by key: the start parses no query, so Hibernate's query
     * language is not loaded before the service listens.
     */
    private <T> List<T> storedOf(Class<T> type, List<?> ids) {
        return territories.getSession().findMultiple(type, ids).stream().filter(Objects::nonNull).toList();
    }

    public Optional<Territory> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean isDepartement(String code) {
        return find(code).map(Territory::isDepartement).orElse(false);
    }

    /** Every territory, nation first, then regions, then départements, each by code. */
    public List<Territory> all() {
        return byCode.values().stream().sorted(BY_LEVEL_THEN_CODE).toList();
    }

    /** The direct children of a territory, by code; none for a département. */
    public List<Territory> children(String code) {
        return List.copyOf(childrenByParent.getOrDefault(code, List.of()));
    }

    /**
     * The territories of a level under a territory, by code; none when the level is not below it. Worked out once per
     * known territory and level: every ranking asks.
     */
    public List<Territory> under(String code, TerritoryLevel level) {
        if (!byCode.containsKey(code)) {
            return List.of();
        }
        return underByKey.computeIfAbsent(code + "/" + level, key -> {
            List<Territory> found = new ArrayList<>();
            collect(code, level, found);
            return found.stream().sorted(BY_LEVEL_THEN_CODE).toList();
        });
    }

    private void collect(String code, TerritoryLevel level, List<Territory> found) {
        for (Territory child : childrenByParent.getOrDefault(code, List.of())) {
            if (child.level == level) {
                found.add(child);
            } else {
                collect(child.code, level, found);
            }
        }
    }

    /** The départements in a territory: itself if it is one, all of them under the nation. */
    public Set<String> departementsUnder(String code) {
        Set<String> result = new TreeSet<>();
        collectDepartements(code, result);
        return result;
    }

    /**
     * The départements a {@code territory} filter of a list keeps: none asked gives null (no filter), an unknown code
     * is a bad parameter.
     */
    public Set<String> departementsForFilter(String code) {
        return code == null ? null : departementsUnder(findParameter("territory", code).code);
    }

    /** The territory a query parameter names; an unknown code is a bad parameter (400). */
    public Territory findParameter(String parameter, String code) {
        return find(code).orElseThrow(() -> ProblemException.malformed(new ProblemText("detail.no-territory", code),
                List.of(FieldError.rule(parameter, "unknown-territory"))));
    }

    /** The départements in any of these territories. */
    public Set<String> departementsUnder(Collection<String> codes) {
        Set<String> result = new TreeSet<>();
        codes.forEach(code -> collectDepartements(code, result));
        return result;
    }

    private void collectDepartements(String code, Set<String> into) {
        Territory territory = byCode.get(code);
        if (territory == null) {
            return;
        }
        if (territory.isDepartement()) {
            into.add(code);
        } else {
            children(code).forEach(child -> collectDepartements(child.code, into));
        }
    }

    /** One line of the reference file; the names are its column headers. */
    record ReferenceRow(String code, String name, String region_code, String region_name, long population,
            int population_year) {

        ReferencePopulation.Key populationKey() {
            return new ReferencePopulation.Key(code, population_year);
        }
    }
}
