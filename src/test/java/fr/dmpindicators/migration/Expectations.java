package fr.dmpindicators.migration;

import fr.dmpindicators.migration.LegacyDataset.Population;
import fr.dmpindicators.migration.LegacyDataset.Record;
import fr.dmpindicators.migration.LegacyDataset.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the totals and the indicators must be, worked out from the records themselves in plain Java (sums over the
 * records of a scope and a period, domain §5's rules for reference populations), without the service's totals,
 * covers or SQL: what an upgrade must leave unchanged.
 */
final class Expectations {

    /** Created, alimented and how many records, for one key. */
    record Sums(long created, long alimented, long records) {
        Sums plus(Record r) {
            return new Sums(created + r.created(), alimented + r.alimented(), records + 1);
        }

        boolean isZero() {
            return created == 0 && alimented == 0 && records == 0;
        }
    }

    /** A reference population as resolved for a scope, or null when some territory of it has none. */
    record Resolved(long population, int year) {
    }

    private final LegacyDataset data;
    private final List<Record> records;

    Expectations(LegacyDataset data, List<Record> records) {
        this.data = data;
        this.records = records;
    }

    // ---- totals ------------------------------------------------------------------------------------------------

    /** dmp_total: (territory, granularity, period start, channel, practitioner type or '') at D, M and Y. */
    Map<String, Sums> territoryTotals() {
        return totals(r -> data.levelsOf(r.departement()).stream()
                .flatMap(t -> List.of("D", "M", "Y").stream().map(g -> t + "|" + g + "|" + start(g, r.date()) + "|"
                        + r.channel() + "|" + (r.practitionerType() == null ? "" : r.practitionerType())))
                .toList());
    }

    /** dmp_total_all_sources: (territory, granularity, period start) at D, M and Y. */
    Map<String, Sums> allSourcesTotals() {
        return totals(r -> data.levelsOf(r.departement()).stream()
                .flatMap(t -> List.of("D", "M", "Y").stream().map(g -> t + "|" + g + "|" + start(g, r.date())))
                .toList());
    }

    /** establishment_total: (FINESS, département, granularity, period start) at D and M. */
    Map<String, Sums> establishmentTotals() {
        return totals(r -> r.finess() == null ? List.of() : List.of("D", "M").stream()
                .map(g -> r.finess() + "|" + r.departement() + "|" + g + "|" + start(g, r.date())).toList());
    }

    private Map<String, Sums> totals(Function<Record, List<String>> keys) {
        Map<String, Sums> totals = new TreeMap<>();
        for (Record r : records) {
            for (String key : keys.apply(r)) {
                totals.merge(key, new Sums(0, 0, 0).plus(r), (a, b) -> new Sums(a.created() + b.created(),
                        a.alimented() + b.alimented(), a.records() + b.records()));
            }
        }
        return totals;
    }

    private static LocalDate start(String granularity, LocalDate date) {
        return switch (granularity) {
            case "Y" -> date.withDayOfYear(1);
            case "M" -> date.withDayOfMonth(1);
            default -> date;
        };
    }

    // ---- scopes and sums -----------------------------------------------------------------------------------------

    /** The codes of a territory parameter, without those that one of their listed ancestors already covers. */
    List<String> scope(String codes) {
        List<String> asked = Arrays.stream(codes.split(",")).toList();
        return asked.stream().filter(code -> asked.stream().noneMatch(other -> isBelow(code, other))).toList();
    }

    private boolean isBelow(String code, String ancestor) {
        for (String p = data.territories.get(code).parent(); p != null; p = data.territories.get(p).parent()) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    Set<String> departementsUnder(List<String> scope) {
        Set<String> departements = new TreeSet<>();
        for (Territory t : data.territories.values()) {
            if (t.level().equals("DEPARTEMENT") && scope.stream().anyMatch(c -> c.equals(t.code()) || isBelow(
                    t.code(), c))) {
                departements.add(t.code());
            }
        }
        return departements;
    }

    /** The records of these territories dated between two days, both included. */
    List<Record> within(List<String> scope, LocalDate from, LocalDate to) {
        Set<String> departements = departementsUnder(scope);
        return records.stream().filter(r -> departements.contains(r.departement()) && !r.date().isBefore(from)
                && !r.date().isAfter(to)).toList();
    }

    Sums sum(List<String> scope, LocalDate from, LocalDate to) {
        Sums sums = new Sums(0, 0, 0);
        for (Record r : within(scope, from, to)) {
            sums = sums.plus(r);
        }
        return sums;
    }

    LocalDate lastDay(List<String> scope, LocalDate from, LocalDate to) {
        return within(scope, from, to).stream().map(Record::date).max(LocalDate::compareTo).orElse(null);
    }

    LocalDate firstDay(List<String> scope, LocalDate from, LocalDate to) {
        return within(scope, from, to).stream().map(Record::date).min(LocalDate::compareTo).orElse(null);
    }

    long establishmentsInvolved(List<String> scope, LocalDate from, LocalDate to) {
        return within(scope, from, to).stream().filter(r -> r.finess() != null
                && (r.created() > 0 || r.alimented() > 0)).map(Record::finess).distinct().count();
    }

    /** Created and alimented by a key of the records (null keys left out). */
    Map<String, Sums> groupedBy(List<String> scope, LocalDate from, LocalDate to, Function<Record, String> key) {
        Map<String, Sums> grouped = new TreeMap<>();
        for (Record r : within(scope, from, to)) {
            if (key.apply(r) != null) {
                grouped.merge(key.apply(r), new Sums(0, 0, 0).plus(r), (a, b) -> new Sums(a.created() + b.created(),
                        a.alimented() + b.alimented(), a.records() + b.records()));
            }
        }
        return grouped;
    }

    List<String> children(String code) {
        return data.territories.values().stream().filter(t -> code.equals(t.parent())).map(Territory::code).sorted()
                .toList();
    }

    List<String> under(String code, String level) {
        return data.territories.values().stream().filter(t -> t.level().equals(level) && isBelow(t.code(), code))
                .map(Territory::code).sorted().toList();
    }

    // ---- reference populations -----------------------------------------------------------------------------------

    /**
     * The population of a scope for a year: each territory's own figure of the latest year at or before it, else
     * the sum of its children's; unknown (null) when a territory without children has none.
     */
    Resolved population(List<String> scope, int year) {
        long[] total = {0, 0};
        List<String> missing = new ArrayList<>();
        scope.forEach(code -> addPopulation(code, year, total, missing));
        return missing.isEmpty() ? new Resolved(total[0], (int) total[1]) : null;
    }

    private void addPopulation(String code, int year, long[] total, List<String> missing) {
        Population own = data.populations.stream().filter(p -> p.territory().equals(code) && p.year() <= year)
                .max((a, b) -> Integer.compare(a.year(), b.year())).orElse(null);
        if (own != null) {
            total[0] += own.population();
            total[1] = Math.max(total[1], own.year());
            return;
        }
        List<String> children = children(code);
        if (children.isEmpty()) {
            missing.add(code);
        }
        children.forEach(child -> addPopulation(child, year, total, missing));
    }

    static Double quotient(long numerator, Long denominator) {
        return denominator == null || denominator == 0 ? null : (double) numerator / denominator;
    }
}
