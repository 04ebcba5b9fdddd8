package fr.dmpindicators.indicator;

import fr.dmpindicators.indicator.Breakdown.Part;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.totals.Sums;
import fr.dmpindicators.totals.TotalsReader;
import fr.dmpindicators.totals.TotalsReader.SourceSums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Splits the counts of a scope over a window by channel, practitioner type, establishment or child territory. */
@ApplicationScoped
public class BreakdownReader {

    /** A part before its share is known. */
    private record Counted(String key, String label, Sums sums) {

        Counted plus(Counted other) {
            return new Counted(key, label, sums.plus(other.sums));
        }
    }

    @Inject
    TotalsReader totals;

    @Inject
    TerritoryHierarchy hierarchy;

    /** The parts sorted by created, largest first, then by key. */
    public Breakdown breakdown(BreakdownDimension by, Scope scope, Window window, Locale locale) {
        List<Counted> counted = switch (by) {
            case CHANNEL -> bySource(scope, window, false, locale);
            case PRACTITIONER_TYPE -> bySource(scope, window, true, locale);
            case ESTABLISHMENT -> totals.byEstablishment(hierarchy.departementsUnder(scope.codes()), window.start(),
                    window.to()).stream().map(e -> new Counted(e.finess(), e.name(), e.sums())).toList();
            case TERRITORY -> byChildTerritory(scope, window);
        };
        Sums total = counted.stream().map(Counted::sums).reduce(Sums.NONE, Sums::plus);
        List<Part> parts = counted.stream()
                .sorted(Comparator.comparing((Counted c) -> c.sums().created()).reversed()
                        .thenComparing(Counted::key))
                .map(c -> new Part(c.key(), c.label(), c.sums(),
                        Formulas.share(c.sums().created(), total.created()),
                        Formulas.share(c.sums().alimented(), total.alimented())))
                .toList();
        return new Breakdown(by, scope, window.asOf(), window.from(), window.to(), total,
                totals.dataDay(scope.codes(), window.start(), window.to(), true), parts);
    }

    private List<Counted> bySource(Scope scope, Window window, boolean byPractitionerType, Locale locale) {
        Map<String, Counted> grouped = new TreeMap<>();
        for (SourceSums row : totals.bySource(scope.codes(), window.start(), window.to())) {
            PractitionerType type = row.practitionerType();
            if (byPractitionerType && type == null) {
                continue;
            }
            Counted part = byPractitionerType ? new Counted(type.name(), type.label(locale), row.sums())
                    : new Counted(row.channel().name(), row.channel().label(locale), row.sums());
            grouped.merge(part.key(), part, Counted::plus);
        }
        return List.copyOf(grouped.values());
    }

    /** The children of a single territory that has some; otherwise the territories of the scope themselves. */
    private List<Counted> byChildTerritory(Scope scope, Window window) {
        List<Territory> parts = scope.territories().size() == 1 && !hierarchy.children(scope.codes().get(0))
                .isEmpty() ? hierarchy.children(scope.codes().get(0)) : scope.territories();
        Map<String, Sums> sums = totals.byTerritory(parts.stream().map(t -> t.code).toList(), window.start(),
                window.to());
        return parts.stream().map(t -> new Counted(t.code, t.name, sums.getOrDefault(t.code, Sums.NONE))).toList();
    }
}
