package fr.dmpindicators.indicator;

import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.territory.Territory;
import fr.dmpindicators.territory.TerritoryHierarchy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The territories an indicator covers together: one code, or several separated by commas. A territory listed with
 * one of its ancestors is covered by the ancestor, so nothing is counted twice.
 */
public record Scope(List<Territory> territories) {

    public static Scope parse(String codes, TerritoryHierarchy hierarchy) {
        String text = codes == null || codes.isBlank() ? Territory.NATION_CODE : codes;
        Set<String> asked = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : Arrays.stream(text.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList()) {
            if (hierarchy.find(code).isPresent()) {
                asked.add(code);
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty() || asked.isEmpty()) {
            throw ProblemException.malformed(new ProblemText("detail.unknown-territories", String.join(", ", unknown)),
                    List.of(FieldError.rule("territory", "unknown-territories", String.join(", ", unknown))));
        }
        List<Territory> kept = asked.stream()
                .filter(code -> asked.stream().noneMatch(other -> !other.equals(code) && isBelow(code, other,
                        hierarchy)))
                .map(code -> hierarchy.find(code).orElseThrow())
                .toList();
        return new Scope(kept);
    }

    public static Scope of(Territory territory) {
        return new Scope(List.of(territory));
    }

    public List<String> codes() {
        return territories.stream().map(t -> t.code).toList();
    }

    private static boolean isBelow(String code, String ancestor, TerritoryHierarchy hierarchy) {
        String parent = hierarchy.find(code).map(t -> t.parentCode).orElse(null);
        while (parent != null) {
            if (parent.equals(ancestor)) {
                return true;
            }
            parent = hierarchy.find(parent).map(t -> t.parentCode).orElse(null);
        }
        return false;
    }
}
