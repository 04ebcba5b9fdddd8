package fr.dmpindicators.totals;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.totals.TotalsReader.DataDays;
import fr.dmpindicators.totals.TotalsReader.EstablishmentSums;
import fr.dmpindicators.totals.TotalsReader.PeriodSums;
import fr.dmpindicators.totals.TotalsReader.SourceSums;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each read of the totals should answer, summed from the count changes themselves by plain loops, record by
 * record, without the tables or the module's code. Rows whose sums came back to zero may be stored or not; readers take
 * an absent row for zero, so keyed answers are compared without their zero entries.
 */
final class ExpectedTotals {

    /** The DMP law: no read starts before it. */
    private static final LocalDate LAW = LocalDate.of(2004, 8, 13);

    private final List<CountChange> changes;
    private final Map<String, String> regionOf = new TreeMap<>();

    ExpectedTotals(List<CountChange> changes) {
        this.changes = changes;
        ChangeHistory.DEPARTEMENTS_AND_REGIONS.forEach(pair -> regionOf.put(pair.get(0), pair.get(1)));
    }

    Sums total(Collection<String> territories, LocalDate from, LocalDate to) {
        Sums total = Sums.NONE;
        for (String territory : territories) {
            total = total.plus(byTerritory(List.of(territory), from, to).getOrDefault(territory, Sums.NONE));
        }
        return total;
    }

    Map<String, Sums> byTerritory(Collection<String> territories, LocalDate from, LocalDate to) {
        Map<String, Sums> sums = new TreeMap<>();
        for (String territory : territories) {
            for (CountChange change : changes) {
                if (within(change, from, to) && levels(change).contains(territory)) {
                    sums.merge(territory, sumsOf(change), Sums::plus);
                }
            }
        }
        return withoutZeros(sums);
    }

    Map<String, SourceSums> bySource(Collection<String> territories, LocalDate from, LocalDate to) {
        Map<String, Sums> sums = new TreeMap<>();
        Map<String, SourceSums> sources = new TreeMap<>();
        for (String territory : territories) {
            for (CountChange change : changes) {
                if (within(change, from, to) && levels(change).contains(territory)) {
                    String source = change.channel() + "/" + change.practitionerType();
                    Sums sum = sums.merge(source, sumsOf(change), Sums::plus);
                    sources.put(source, new SourceSums(change.channel(), change.practitionerType(), sum));
                }
            }
        }
        sources.values().removeIf(source -> source.sums().equals(Sums.NONE));
        return sources;
    }

    Map<String, EstablishmentSums> byEstablishment(Collection<String> departements, LocalDate from, LocalDate to) {
        Map<String, Sums> sums = new TreeMap<>();
        for (CountChange change : changes) {
            if (change.finess() != null && within(change, from, to) && departements.contains(change.departement())) {
                sums.merge(change.finess(), sumsOf(change), Sums::plus);
            }
        }
        Map<String, EstablishmentSums> establishments = new TreeMap<>();
        withoutZeros(sums).forEach((finess, sum) ->
                establishments.put(finess, new EstablishmentSums(finess, nameOf(finess), sum)));
        return establishments;
    }

    long establishmentsInvolved(Collection<String> departements, LocalDate from, LocalDate to) {
        long involved = 0;
        for (EstablishmentSums establishment : byEstablishment(departements, from, to).values()) {
            if (establishment.sums().created() > 0 || establishment.sums().alimented() > 0) {
                involved++;
            }
        }
        return involved;
    }

    /** By month for the months wholly in the range (from the law on), by day for the others. */
    Map<LocalDate, Sums> byPeriod(Collection<String> territories, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(LAW) ? LAW : from;
        Map<LocalDate, Sums> sums = new TreeMap<>();
        for (String territory : territories) {
            for (CountChange change : changes) {
                if (within(change, from, to) && levels(change).contains(territory)) {
                    LocalDate monthStart = change.date().withDayOfMonth(1);
                    boolean wholeMonth = !monthStart.isBefore(start)
                            && !change.date().with(TemporalAdjusters.lastDayOfMonth()).isAfter(to);
                    sums.merge(wholeMonth ? monthStart : change.date(), sumsOf(change), Sums::plus);
                }
            }
        }
        return withoutZeros(sums);
    }

    Map<LocalDate, Sums> byDay(Collection<String> territories, LocalDate from, LocalDate to) {
        Map<LocalDate, Sums> sums = new TreeMap<>();
        for (String territory : territories) {
            for (CountChange change : changes) {
                if (within(change, from, to) && levels(change).contains(territory)) {
                    sums.merge(change.date(), sumsOf(change), Sums::plus);
                }
            }
        }
        return withoutZeros(sums);
    }

    /** The first or last day on which these territories hold a record, or null. */
    LocalDate dataDay(Collection<String> territories, LocalDate from, LocalDate to, boolean last) {
        LocalDate found = null;
        for (Map.Entry<LocalDate, Sums> day : byDay(territories, from, to).entrySet()) {
            if (day.getValue().records() > 0 && (found == null || last)) {
                found = day.getKey();
            }
        }
        return found;
    }

    /**
     * For each territory with data, as {@link TotalsReader#dataDays} answers: the days of [from, to] (from the law on)
     * with a record of the channel (of any when it is null), and its last such day up to asOf; or, when it has none
     * there and the range starts after the law, no day and its last day with data before the range.
     */
    Map<String, DataDays> dataDays(Collection<String> territories, Channel channel, LocalDate from, LocalDate to,
            LocalDate asOf) {
        LocalDate start = from.isBefore(LAW) ? LAW : from;
        Map<String, DataDays> found = new TreeMap<>();
        for (String territory : territories) {
            Map<LocalDate, Long> records = new TreeMap<>();
            for (CountChange change : changes) {
                if (levels(change).contains(territory) && (channel == null || change.channel() == channel)) {
                    records.merge(change.date(), (long) change.records(), Long::sum);
                }
            }
            List<LocalDate> days = records.entrySet().stream().filter(day -> day.getValue() > 0)
                    .map(Map.Entry::getKey).toList();
            List<LocalDate> upToAsOf = days.stream().filter(day -> !day.isBefore(start) && !day.isAfter(asOf))
                    .toList();
            if (!upToAsOf.isEmpty()) {
                found.put(territory, new DataDays((int) days.stream()
                        .filter(day -> !day.isBefore(start) && !day.isAfter(to)).count(),
                        upToAsOf.get(upToAsOf.size() - 1)));
            } else if (start.isAfter(LAW)) {
                days.stream().filter(day -> day.isBefore(from)).reduce((a, b) -> b)
                        .ifPresent(day -> found.put(territory, new DataDays(0, day)));
            }
        }
        return found;
    }

    static String nameOf(String finess) {
        return "Establishment " + finess;
    }

    private List<String> levels(CountChange change) {
        return List.of(change.departement(), regionOf.get(change.departement()), "FR");
    }

    private static boolean within(CountChange change, LocalDate from, LocalDate to) {
        return !change.date().isBefore(from) && !change.date().isAfter(to);
    }

    private static Sums sumsOf(CountChange change) {
        return new Sums(change.created(), change.alimented(), change.records());
    }

    private static <K> Map<K, Sums> withoutZeros(Map<K, Sums> sums) {
        sums.values().removeIf(Sums.NONE::equals);
        return sums;
    }
}
