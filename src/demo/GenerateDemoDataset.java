import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the demo dataset of dmp-indicators: {@code populations.csv}, {@code establishments.csv} and
 * {@code dmp-creations.csv} under {@code src/main/resources/demo/}.
 *
 * <p>The dataset reconstructs the DMP pilot phase (2016-12-16 to 2018-06-05, nine départements) from the figures
 * of the July 2018 press report of an internal Cnam document (domain §6). Every published figure it must
 * reproduce is a constant below with the figure it comes from; everything else (daily spread, channels,
 * practitioner types, alimentation, pre-pilot stocks per département) is invented, deterministically (fixed seed),
 * and every published figure is asserted before anything is written: the program fails loudly otherwise.
 *
 * <p>Run from the project root, without dependencies: {@code java src/demo/GenerateDemoDataset.java}.
 * See {@code src/main/resources/demo/README.md} for the arithmetic.
 */
public class GenerateDemoDataset {

    // ------------------------------------------------------------------------------------------------------------
    // Inputs and published figures
    // ------------------------------------------------------------------------------------------------------------

    /** Fixed seed: the same run always writes the same files. */
    static final long SEED = 20180605L;

    /** INSEE départements with their legal population (2023), the list the service itself loads. */
    static final Path DEPARTEMENTS = Path.of("src/main/resources/reference/departements.csv");
    static final Path OUT = Path.of("src/main/resources/demo");

    /** Published: the pilot phase started on 2016-12-16. */
    static final LocalDate PILOT_START = LocalDate.of(2016, 12, 16);
    /** Published: figures "as of early June 2018"; the demo's last record date. */
    static final LocalDate PILOT_END = LocalDate.of(2018, 6, 5);
    /** Invented: the day before the pilot, the date of every pre-pilot (historical) stock record. */
    static final LocalDate STOCK_DATE = PILOT_START.minusDays(1);
    /**
     * The pilot's last 30 days are daily records, so the dashboard card's windows up to the report date are exact; the
     * days before are gathered into returns ({@link #gatherReturns}), weekly in 2018, monthly before. A Monday: no
     * return straddles it.
     */
    static final LocalDate DAILY_FROM = PILOT_END.minusDays(29);
    static final LocalDate WEEKLY_FROM = LocalDate.of(2018, 1, 1);
    /** Published: "about 1.2 million DMP were open nationally on 2018-05-20". */
    static final LocalDate NATIONAL_DATE = LocalDate.of(2018, 5, 20);
    static final long NATIONAL_TARGET = 1_200_000L;
    static final long NATIONAL_MIN = 1_150_000L;
    static final long NATIONAL_MAX = 1_249_999L;

    /** Published (pilot table): the nine pilot départements, in the table's order. */
    static final List<String> PILOT = List.of("94", "22", "80", "67", "37", "31", "25", "63", "64");

    /** Published (pilot table): coverage gained during the pilot, in tenths of a percent (13.4 % → 134). */
    static final Map<String, Integer> PUBLISHED_COVERAGE = ordered(
            "94", 134, "22", 92, "80", 92, "67", 90, "37", 88, "31", 84, "25", 84, "63", 82, "64", 69);

    /** Published (pilot table): DMP created during the pilot where the table gives the count. */
    static final Map<String, Long> PUBLISHED_PILOT_CREATED = ordered(
            "94", 111_594L, "22", 38_678L, "80", 47_146L, "64", 18_382L);

    /** Published (pilot table): DMP created in the nine départements together during the pilot. */
    static final long NINE_PILOT_CREATED = 495_816L;
    /** Published (pilot table): coverage of the nine together, tenths of a percent. */
    static final int NINE_COVERAGE = 94;

    /** Published: Somme's coverage including DMP created before the pilot, 19.5 %, the highest of the nine. */
    static final String SOMME = "80";
    static final int SOMME_TOTAL_COVERAGE = 195;
    /** Published: Puy-de-Dôme's coverage including DMP created before the pilot, 8.5 %, the lowest of the nine. */
    static final String PUY_DE_DOME = "63";
    static final int PUY_DE_DOME_TOTAL_COVERAGE = 85;

    /** Published: "the nine CPAM had opened more than 169 000 DMP before the pilot". Bounds given by the brief. */
    static final long STOCK_MIN = 169_000L;
    static final long STOCK_MAX = 172_000L;
    /** Invented, within those bounds: the nine pre-pilot stocks sum to this. */
    static final long STOCK_TARGET = 169_500L;
    /**
     * Invented: relative pre-pilot coverage of the seven départements whose stock is not pinned by a published
     * figure (tenths of a percent, before scaling to {@link #STOCK_TARGET}).
     */
    static final Map<String, Integer> INVENTED_PRE_PILOT_RATE = ordered(
            "94", 32, "22", 30, "67", 22, "37", 26, "31", 24, "25", 29, "64", 25);

    /** Published: "in 2017, 96 establishments took part, creating 12 047 DMP". */
    static final long ESTABLISHMENT_CREATED_2017 = 12_047L;
    static final int ESTABLISHMENTS_2017 = 96;
    /** Published: "from January to May 2018, 109 establishments took part": their 2018 daily volume grows by 109/96. */
    static final int ESTABLISHMENTS_2018 = 109;
    /** Invented: establishments create about this share of a département's daily total (2017 level, before scaling). */
    static final double ESTABLISHMENT_SHARE = 0.045;

    /** Source label of the reference populations. */
    static final String POPULATION_SOURCE =
            "General-scheme population derived from the July 2018 Cnam pilot report (pilot created ÷ published coverage)";
    static final int POPULATION_YEAR = 2016;

    // ------------------------------------------------------------------------------------------------------------
    // Establishments: domain §4 examples and real establishments of the pilot départements. FINESS numbers and
    // categories from the FINESS extract published by Eurostat (eurostat/basic-services, data/healthcare/csv/FR.csv,
    // reference date 2020-03-06); names written out from the FINESS "raison sociale".
    // ------------------------------------------------------------------------------------------------------------

    record Establishment(String finess, String name, String category, String territory, double weight) {
    }

    static final List<Establishment> ESTABLISHMENTS = List.of(
            // domain §4 examples (not in a pilot département, so without records)
            new Establishment("010000024", "Centre hospitalier de Fleyriat, Bourg-en-Bresse", "355", "01", 0),
            new Establishment("970400024", "CHU Félix Guyon, Saint-Denis (La Réunion)", "101", "974", 0),
            new Establishment("010002301", "Pharmacie d'officine, Ambérieu-en-Bugey", "620", "01", 0),
            // Val-de-Marne
            new Establishment("940000573", "Centre hospitalier intercommunal de Créteil", "355", "94", 4),
            new Establishment("940100027", "Hôpital Henri-Mondor (AP-HP), Créteil", "101", "94", 5),
            new Establishment("940000664", "Institut Gustave-Roussy, Villejuif", "131", "94", 1.5),
            // Côtes-d'Armor
            new Establishment("220000012", "Centre hospitalier Yves-Le-Foll, Saint-Brieuc", "355", "22", 4),
            // Somme
            new Establishment("800006124", "CHU Amiens-Picardie, site Sud (Salouël)", "101", "80", 5),
            new Establishment("800009920", "Clinique Victor-Pauchet, Amiens", "365", "80", 1.5),
            // Bas-Rhin
            new Establishment("670000025", "Hôpitaux universitaires de Strasbourg, Nouvel Hôpital civil", "101", "67", 5),
            // Indre-et-Loire
            new Establishment("370000861", "CHRU de Tours, hôpital Bretonneau", "101", "37", 5),
            // Haute-Garonne
            new Establishment("310783048", "CHU de Toulouse, hôpital Purpan", "101", "31", 5),
            new Establishment("310782347", "Institut Claudius-Regaud, Toulouse", "131", "31", 1.5),
            // Doubs
            new Establishment("250006954", "CHRU de Besançon, hôpital Jean-Minjoz", "101", "25", 5),
            // Puy-de-Dôme
            new Establishment("630000404", "CHU de Clermont-Ferrand, hôpital Gabriel-Montpied", "101", "63", 5),
            new Establishment("630000479", "Centre Jean-Perrin, Clermont-Ferrand", "131", "63", 1.5),
            // Pyrénées-Atlantiques (CPAM de Bayonne area)
            new Establishment("640000162", "Centre hospitalier de la Côte basque, Bayonne", "355", "64", 4),
            new Establishment("640780748", "Polyclinique Côte basque Sud, Saint-Jean-de-Luz", "365", "64", 1.5));

    static final Set<String> CATEGORIES = Set.of(
            "101", "355", "106", "131", "292", "128", "129", "365", "500", "620", "124", "603");

    // ------------------------------------------------------------------------------------------------------------
    // Invented shape of the daily activity
    // ------------------------------------------------------------------------------------------------------------

    /** Channel weights of what establishments leave of a day, by kind of day: CPAM counters, liberal practitioners, patients online. */
    static final double[] WEEKDAY_CHANNELS = {66, 25.5, 8.5};
    static final double[] SATURDAY_CHANNELS = {0, 65, 35};   // CPAM counters closed
    static final double[] SUNDAY_CHANNELS = {0, 25, 75};     // pharmacies on duty, patients online

    /** Invented split of the practitioner channel: mostly pharmacists, then general practitioners. */
    static final Map<String, Double> PRACTITIONER_TYPES = ordered(
            "PHARMACIST", 44.0, "GENERAL_PRACTITIONER", 34.0, "NURSE", 9.0, "SPECIALIST_PHYSICIAN", 6.0,
            "MIDWIFE", 3.0, "DENTIST", 1.5, "PHYSIOTHERAPIST", 1.5, "OTHER", 1.0);

    /** Invented share of the DMP created that became alimented the same day, by source. */
    static final Map<String, Double> ALIMENTATION_RATE = ordered(
            "ESTABLISHMENT", 0.60, "CPAM", 0.12, "PATIENT", 0.10, "UNKNOWN", 0.35,
            "PHARMACIST", 0.15, "GENERAL_PRACTITIONER", 0.35, "NURSE", 0.20, "SPECIALIST_PHYSICIAN", 0.40,
            "MIDWIFE", 0.30, "DENTIST", 0.20, "PHYSIOTHERAPIST", 0.15, "OTHER", 0.20);

    // ------------------------------------------------------------------------------------------------------------

    record Departement(String code, String name, long population) {
    }

    record Row(LocalDate date, String territory, String channel, String finess, String practitionerType,
               long created, long alimented) {
        String key() {
            return date + "|" + territory + "|" + channel + "|" + finess + "|" + practitionerType;
        }

        Row on(LocalDate day) {
            return new Row(day, territory, channel, finess, practitionerType, created, alimented);
        }

        Row plus(Row other) {
            return new Row(date, territory, channel, finess, practitionerType, created + other.created,
                    alimented + other.alimented);
        }
    }

    final Random random = new Random(SEED);
    final Map<String, Departement> departements = new LinkedHashMap<>();
    final Map<String, Long> pilotCreated = new LinkedHashMap<>();
    final Map<String, Long> population = new LinkedHashMap<>();
    final Map<String, Long> stock = new LinkedHashMap<>();
    final TreeMap<String, Row> rows = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        new GenerateDemoDataset().run();
    }

    void run() throws IOException {
        loadDepartements();
        checkEstablishments();
        splitPilotCreated();
        derivePopulations();
        checkPilotCoverages();
        derivePrePilotStocks();
        checkStocks();
        generateDailyRecords();
        gatherReturns();
        addNationalStocks();
        checkRows();
        write();
        printVerification();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The published figures
    // ------------------------------------------------------------------------------------------------------------

    void loadDepartements() throws IOException {
        List<String> lines = Files.readAllLines(DEPARTEMENTS, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = parseCsvLine(line);
            departements.put(f.get(0), new Departement(f.get(0), f.get(1), Long.parseLong(f.get(4))));
        }
        require(departements.size() == 101, "expected 101 départements, read " + departements.size());
        for (String code : PILOT) {
            require(departements.containsKey(code), "unknown pilot département " + code);
        }
    }

    /**
     * Pilot created per département: the four published counts, and the remaining 280 016 split among the five
     * others in proportion to published coverage × INSEE population (largest remainder, exact sum).
     */
    void splitPilotCreated() {
        long known = PUBLISHED_PILOT_CREATED.values().stream().mapToLong(Long::longValue).sum();
        long remaining = NINE_PILOT_CREATED - known;
        List<String> unknown = PILOT.stream().filter(c -> !PUBLISHED_PILOT_CREATED.containsKey(c)).toList();
        double[] weights = unknown.stream()
                .mapToDouble(c -> (double) PUBLISHED_COVERAGE.get(c) * departements.get(c).population()).toArray();
        long[] split = largestRemainder(remaining, weights);
        for (String code : PILOT) {
            Long published = PUBLISHED_PILOT_CREATED.get(code);
            pilotCreated.put(code, published != null ? published : split[unknown.indexOf(code)]);
        }
        // If the nine together do not round to 9.4 %, move DMP between the five unknown départements (from the
        // lowest published coverage to the highest, or back), keeping each one's own rounding.
        for (int guard = 0; guard < 10_000 && ninePilotCoverage().compareTo(tenths(NINE_COVERAGE)) != 0; guard++) {
            boolean tooLow = ninePilotCoverage().compareTo(tenths(NINE_COVERAGE)) < 0;
            String highest = unknown.get(0);
            String lowest = unknown.get(unknown.size() - 1);
            String from = tooLow ? lowest : highest;
            String to = tooLow ? highest : lowest;
            pilotCreated.merge(from, -50L, Long::sum);
            pilotCreated.merge(to, 50L, Long::sum);
            System.out.println("adjusted split: 50 DMP moved from " + from + " to " + to);
        }
        require(sum(pilotCreated) == NINE_PILOT_CREATED, "pilot created of the nine must be " + NINE_PILOT_CREATED);
    }

    /** population = round(pilot created ÷ published coverage), recomputed from the current split. */
    void derivePopulations() {
        for (String code : PILOT) {
            population.put(code, divideRound(pilotCreated.get(code) * 1000, PUBLISHED_COVERAGE.get(code)));
        }
    }

    BigDecimal ninePilotCoverage() {
        derivePopulations();
        return percent(NINE_PILOT_CREATED, sum(population));
    }

    void checkPilotCoverages() {
        for (String code : PILOT) {
            BigDecimal coverage = percent(pilotCreated.get(code), population.get(code));
            require(coverage.compareTo(tenths(PUBLISHED_COVERAGE.get(code))) == 0,
                    code + ": pilot coverage " + coverage + " % instead of " + tenths(PUBLISHED_COVERAGE.get(code)));
        }
        BigDecimal nine = percent(NINE_PILOT_CREATED, sum(population));
        require(nine.compareTo(tenths(NINE_COVERAGE)) == 0, "nine together: " + nine + " % instead of 9.4 %");
    }

    /**
     * Pre-pilot stocks: Somme's and Puy-de-Dôme's follow from their published coverage including earlier DMP; the
     * other seven share what is left of {@link #STOCK_TARGET} in proportion to population × an invented rate.
     */
    void derivePrePilotStocks() {
        // the smallest stock that reaches the published coverage, so that the unrounded value is not below it
        long somme = divideCeil(SOMME_TOTAL_COVERAGE * population.get(SOMME), 1000) - pilotCreated.get(SOMME);
        long puy = divideCeil(PUY_DE_DOME_TOTAL_COVERAGE * population.get(PUY_DE_DOME), 1000)
                - pilotCreated.get(PUY_DE_DOME);
        List<String> others = new ArrayList<>(INVENTED_PRE_PILOT_RATE.keySet());
        double[] weights = others.stream()
                .mapToDouble(c -> (double) INVENTED_PRE_PILOT_RATE.get(c) * population.get(c)).toArray();
        long[] split = largestRemainder(STOCK_TARGET - somme - puy, weights);
        for (String code : PILOT) {
            if (code.equals(SOMME)) {
                stock.put(code, somme);
            } else if (code.equals(PUY_DE_DOME)) {
                stock.put(code, puy);
            } else {
                stock.put(code, split[others.indexOf(code)]);
            }
        }
    }

    void checkStocks() {
        long total = sum(stock);
        require(total >= STOCK_MIN && total <= STOCK_MAX, "pre-pilot stocks sum to " + total);
        Map<String, BigDecimal> withEarlier = new LinkedHashMap<>();
        for (String code : PILOT) {
            require(stock.get(code) > 0, code + ": pre-pilot stock must be positive");
            withEarlier.put(code, percent(pilotCreated.get(code) + stock.get(code), population.get(code)));
        }
        require(withEarlier.get(SOMME).compareTo(tenths(SOMME_TOTAL_COVERAGE)) == 0,
                "Somme incl. earlier: " + withEarlier.get(SOMME));
        require(withEarlier.get(PUY_DE_DOME).compareTo(tenths(PUY_DE_DOME_TOTAL_COVERAGE)) == 0,
                "Puy-de-Dôme incl. earlier: " + withEarlier.get(PUY_DE_DOME));
        for (String code : PILOT) {
            if (!code.equals(SOMME)) {
                require(withEarlier.get(code).compareTo(withEarlier.get(SOMME)) < 0, code + " is not below Somme");
            }
            if (!code.equals(PUY_DE_DOME)) {
                require(withEarlier.get(code).compareTo(withEarlier.get(PUY_DE_DOME)) > 0,
                        code + " is not above Puy-de-Dôme");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Daily records
    // ------------------------------------------------------------------------------------------------------------

    void generateDailyRecords() {
        List<LocalDate> days = PILOT_START.datesUntil(PILOT_END.plusDays(1)).toList();
        Map<String, long[]> dayTotals = new LinkedHashMap<>();
        Map<String, double[]> establishmentWeights = new LinkedHashMap<>();
        for (String code : PILOT) {
            double[] weights = new double[days.size()];
            for (int i = 0; i < days.size(); i++) {
                weights[i] = dayWeight(code, days.get(i)) * noise(0.12);
            }
            long[] totals = largestRemainder(pilotCreated.get(code), weights);
            dayTotals.put(code, totals);
            double[] estab = new double[days.size()];
            for (int i = 0; i < days.size(); i++) {
                double uplift = days.get(i).getYear() == 2018 ? (double) ESTABLISHMENTS_2018 / ESTABLISHMENTS_2017 : 1;
                estab[i] = totals[i] * ESTABLISHMENT_SHARE * uplift * noise(0.25);
            }
            establishmentWeights.put(code, estab);
        }

        // 2017's establishment total is the published 12 047, split among the nine in proportion to their weights;
        // December 2016 and 2018 keep the same scale.
        double[] weights2017 = new double[PILOT.size()];
        for (int p = 0; p < PILOT.size(); p++) {
            weights2017[p] = sumWhere(establishmentWeights.get(PILOT.get(p)), days, d -> d.getYear() == 2017);
        }
        long[] target2017 = largestRemainder(ESTABLISHMENT_CREATED_2017, weights2017);

        for (int p = 0; p < PILOT.size(); p++) {
            String code = PILOT.get(p);
            long[] totals = dayTotals.get(code);
            double[] estab = establishmentWeights.get(code);
            double scale = target2017[p] / weights2017[p];
            long[] estabPerDay = new long[days.size()];
            for (int year : new int[] {2016, 2017, 2018}) {
                double[] w = new double[days.size()];
                for (int i = 0; i < days.size(); i++) {
                    w[i] = days.get(i).getYear() == year ? estab[i] : 0;
                }
                long yearTotal = year == 2017 ? target2017[p] : Math.round(scale * sumOf(w));
                long[] alloc = largestRemainder(yearTotal, w);
                for (int i = 0; i < days.size(); i++) {
                    estabPerDay[i] += alloc[i];
                }
            }
            List<Establishment> local = ESTABLISHMENTS.stream().filter(e -> e.territory().equals(code)).toList();
            require(!local.isEmpty(), code + " has no establishment");
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                require(estabPerDay[i] <= totals[i], code + " " + day + ": establishments exceed the day's total");
                double progress = (double) i / (days.size() - 1);
                // establishments
                long[] perEstablishment = multinomial(estabPerDay[i],
                        local.stream().mapToDouble(e -> e.weight() * noise(0.3)).toArray());
                for (int e = 0; e < local.size(); e++) {
                    add(day, code, "ESTABLISHMENT", local.get(e).finess(), "", perEstablishment[e],
                            ALIMENTATION_RATE.get("ESTABLISHMENT"), progress);
                }
                // CPAM, practitioners by type, patients
                double[] channels = channelWeights(code, day);
                List<String> types = new ArrayList<>(PRACTITIONER_TYPES.keySet());
                double[] w = new double[2 + types.size()];
                w[0] = channels[0] * noise(0.1);
                w[1] = channels[2] * noise(0.15);
                for (int t = 0; t < types.size(); t++) {
                    w[2 + t] = channels[1] * PRACTITIONER_TYPES.get(types.get(t)) / 100 * noise(0.2);
                }
                long[] split = multinomial(totals[i] - estabPerDay[i], w);
                add(day, code, "CPAM", "", "", split[0], ALIMENTATION_RATE.get("CPAM"), progress);
                add(day, code, "PATIENT", "", "", split[1], ALIMENTATION_RATE.get("PATIENT"), progress);
                for (int t = 0; t < types.size(); t++) {
                    add(day, code, "PRACTITIONER", "", types.get(t), split[2 + t],
                            ALIMENTATION_RATE.get(types.get(t)), progress);
                }
            }
            // the pre-pilot stock of this département
            addStock(code, stock.get(code));
        }
    }

    /**
     * Sums the pilot's daily records before {@link #DAILY_FROM} into returns, one record per source and period, dated
     * its first day: a calendar month before {@link #WEEKLY_FROM}, then the days of an ISO week within one month.
     * Every figure by month, quarter or year stays what the days gave, and by week from 2018 on; a first start then
     * writes about 5 600 records instead of 35 000.
     */
    void gatherReturns() {
        require(DAILY_FROM.getDayOfWeek() == DayOfWeek.MONDAY, "the daily records must start on a Monday");
        List<Row> days = new ArrayList<>(rows.values());
        rows.clear();
        for (Row day : days) {
            boolean gathered = !day.date().isBefore(PILOT_START) && day.date().isBefore(DAILY_FROM);
            Row row = gathered ? day.on(returnDay(day.date())) : day;
            rows.merge(row.key(), row, Row::plus);
        }
    }

    /**
     * The first day of the return holding a pilot day: the latest of its month's 1st, the pilot's start and, from
     * {@link #WEEKLY_FROM} on, its week's Monday.
     */
    static LocalDate returnDay(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        if (!day.isBefore(WEEKLY_FROM) && monday.isAfter(first)) {
            first = monday;
        }
        return first.isBefore(PILOT_START) ? PILOT_START : first;
    }

    /**
     * A day's relative activity: a ramp-up (slow in the first weeks, growing through 2017, still growing slowly in
     * 2018), weekly rhythm (CPAM counters closed at week-ends), public holidays, Christmas and August dips.
     */
    static double dayWeight(String code, LocalDate day) {
        double t = ChronoUnit.DAYS.between(PILOT_START, day);
        double ramp = (0.04 + 0.96 / (1 + StrictMath.exp(-(t - 80) / 35))) * (1 + 0.3 * t / 537);
        double weekly;
        if (isHoliday(code, day) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekly = 0.05;
        } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            weekly = 0.25;
        } else {
            weekly = 1;
        }
        double season = 1;
        if ((day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 24) || (day.getMonth() == Month.JANUARY
                && day.getDayOfMonth() <= 2)) {
            season = 0.7;
        } else if (day.getMonth() == Month.AUGUST) {
            season = 0.75;
        }
        return ramp * weekly * season;
    }

    static double[] channelWeights(String code, LocalDate day) {
        if (isHoliday(code, day) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return SUNDAY_CHANNELS;
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? SATURDAY_CHANNELS : WEEKDAY_CHANNELS;
    }

    /** French public holidays of the pilot period; Bas-Rhin (Alsace) also has Good Friday and 26 December. */
    static boolean isHoliday(String code, LocalDate day) {
        Set<String> national = Set.of("2016-12-25", "2017-01-01", "2017-04-17", "2017-05-01", "2017-05-08",
                "2017-05-25", "2017-06-05", "2017-07-14", "2017-08-15", "2017-11-01", "2017-11-11", "2017-12-25",
                "2018-01-01", "2018-04-02", "2018-05-01", "2018-05-08", "2018-05-10", "2018-05-21");
        Set<String> alsace = Set.of("2016-12-26", "2017-04-14", "2017-12-26", "2018-03-30");
        return national.contains(day.toString()) || (code.equals("67") && alsace.contains(day.toString()));
    }

    /** Stocks of the 92 other départements, in proportion to INSEE population, so that 2018-05-20 shows 1.2 M. */
    void addNationalStocks() {
        long pilotSoFar = rows.values().stream()
                .filter(r -> !r.date().isAfter(NATIONAL_DATE))
                .mapToLong(Row::created).sum();
        List<String> others = departements.keySet().stream().filter(c -> !PILOT.contains(c)).toList();
        require(others.size() == 92, "expected 92 other départements");
        double[] weights = others.stream().mapToDouble(c -> departements.get(c).population()).toArray();
        long[] split = largestRemainder(NATIONAL_TARGET - pilotSoFar, weights);
        for (int i = 0; i < others.size(); i++) {
            stock.put(others.get(i), split[i]);
            addStock(others.get(i), split[i]);
        }
    }

    void addStock(String code, long created) {
        add(STOCK_DATE, code, "UNKNOWN", "", "", created, ALIMENTATION_RATE.get("UNKNOWN"), 0.5);
    }

    /** One record; alimented drawn per DMP, at the source's rate, a little higher as the pilot goes on. */
    void add(LocalDate date, String territory, String channel, String finess, String type, long created,
             double rate, double progress) {
        if (created == 0) {
            return; // a record with both counts 0 says nothing
        }
        double p = Math.min(1, rate * (0.85 + 0.3 * progress));
        long alimented = 0;
        if (created > 10_000) {
            alimented = Math.round(created * p);
        } else {
            for (long k = 0; k < created; k++) {
                if (random.nextDouble() < p) {
                    alimented++;
                }
            }
        }
        Row row = new Row(date, territory, channel, finess, type, created, alimented);
        require(rows.put(row.key(), row) == null, "duplicate natural key " + row.key());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Checks
    // ------------------------------------------------------------------------------------------------------------

    void checkEstablishments() {
        Set<String> seen = new java.util.HashSet<>();
        for (Establishment e : ESTABLISHMENTS) {
            require(seen.add(e.finess()), "duplicate FINESS " + e.finess());
            require(e.finess().matches("\\d{9}"), e.finess() + ": not 9 digits");
            require(luhn(e.finess()), e.finess() + " (" + e.name() + "): wrong Luhn check digit");
            require(departementOf(e.finess()).equals(e.territory()),
                    e.finess() + ": prefix names " + departementOf(e.finess()) + ", not " + e.territory());
            require(departements.containsKey(e.territory()), e.finess() + ": unknown territory");
            require(CATEGORIES.contains(e.category()), e.finess() + ": unknown category " + e.category());
        }
    }

    void checkRows() {
        Set<String> finess = new java.util.HashSet<>();
        ESTABLISHMENTS.forEach(e -> finess.add(e.finess()));
        Set<String> types = PRACTITIONER_TYPES.keySet();
        for (Row r : rows.values()) {
            require(!r.date().isBefore(LocalDate.of(2004, 8, 13)) && !r.date().isAfter(PILOT_END), "date " + r.key());
            require(departements.containsKey(r.territory()), "territory " + r.key());
            require(r.created() >= 0 && r.alimented() >= 0 && r.created() + r.alimented() > 0, "counts " + r.key());
            require(r.alimented() <= r.created(), "alimented above created " + r.key());
            switch (r.channel()) {
                case "ESTABLISHMENT" -> require(finess.contains(r.finess()) && r.practitionerType().isEmpty(),
                        "establishment fields " + r.key());
                case "PRACTITIONER" -> require(types.contains(r.practitionerType())
                        && (r.finess().isEmpty() || finess.contains(r.finess())), "practitioner fields " + r.key());
                case "CPAM", "PATIENT", "AUTOMATIC", "UNKNOWN" ->
                        require(r.finess().isEmpty() && r.practitionerType().isEmpty(), "channel fields " + r.key());
                default -> throw new IllegalStateException("channel " + r.key());
            }
        }
        for (String code : PILOT) {
            require(pilotTotal(code) == pilotCreated.get(code), code + ": daily records do not sum to the pilot total");
        }
        long nine = PILOT.stream().mapToLong(this::pilotTotal).sum();
        require(nine == NINE_PILOT_CREATED, "nine together: " + nine);
        long national = nationalCumulative(NATIONAL_DATE);
        require(national >= NATIONAL_MIN && national <= NATIONAL_MAX, "national on 2018-05-20: " + national);
        require(establishmentCreated(2017) == ESTABLISHMENT_CREATED_2017, "establishments 2017");
    }

    long pilotTotal(String code) {
        return rows.values().stream()
                .filter(r -> r.territory().equals(code) && !r.date().isBefore(PILOT_START))
                .mapToLong(Row::created).sum();
    }

    long nationalCumulative(LocalDate at) {
        return rows.values().stream().filter(r -> !r.date().isAfter(at)).mapToLong(Row::created).sum();
    }

    long establishmentCreated(int year) {
        return rows.values().stream()
                .filter(r -> r.channel().equals("ESTABLISHMENT") && r.date().getYear() == year)
                .mapToLong(Row::created).sum();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Output
    // ------------------------------------------------------------------------------------------------------------

    void write() throws IOException {
        Files.createDirectories(OUT);
        List<String> pop = new ArrayList<>(List.of("territory,year,population,source"));
        for (String code : PILOT) {
            pop.add(csv(code, String.valueOf(POPULATION_YEAR), String.valueOf(population.get(code)), POPULATION_SOURCE));
        }
        writeLines("populations.csv", pop);

        List<String> est = new ArrayList<>(List.of("finess,name,category,territory"));
        ESTABLISHMENTS.stream().sorted((a, b) -> a.finess().compareTo(b.finess()))
                .forEach(e -> est.add(csv(e.finess(), e.name(), e.category(), e.territory())));
        writeLines("establishments.csv", est);

        List<String> rec = new ArrayList<>(List.of("date,territory,channel,finess,practitionerType,created,alimented"));
        for (Row r : rows.values()) {
            rec.add(csv(r.date().toString(), r.territory(), r.channel(), r.finess(), r.practitionerType(),
                    String.valueOf(r.created()), String.valueOf(r.alimented())));
        }
        writeLines("dmp-creations.csv", rec);
    }

    void writeLines(String file, List<String> lines) throws IOException {
        Files.writeString(OUT.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.printf("wrote %s (%d rows)%n", OUT.resolve(file), lines.size() - 1);
    }

    void printVerification() {
        System.out.println();
        System.out.println("| département | pilot created | population | coverage | pre-pilot stock | coverage incl. earlier "
                + "| ESTABLISHMENT created 2017 | establishments involved 2017 |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String code : PILOT) {
            long created = pilotCreated.get(code);
            long pop = population.get(code);
            System.out.printf("| %s %s | %,d | %,d | %s %% (%s) | %,d | %s %% (%s) | %,d | %d |%n",
                    code, departements.get(code).name(), created, pop,
                    percent(created, pop), ratio(created, pop), stock.get(code),
                    percent(created + stock.get(code), pop), ratio(created + stock.get(code), pop),
                    establishmentCreated(2017, code), establishmentsInvolved(2017, code));
        }
        long pop = PILOT.stream().mapToLong(population::get).sum();
        long stocks = PILOT.stream().mapToLong(stock::get).sum();
        System.out.printf("| **all nine** | %,d | %,d | %s %% (%s) | %,d | %s %% (%s) | %,d | %d |%n",
                NINE_PILOT_CREATED, pop, percent(NINE_PILOT_CREATED, pop), ratio(NINE_PILOT_CREATED, pop), stocks,
                percent(NINE_PILOT_CREATED + stocks, pop), ratio(NINE_PILOT_CREATED + stocks, pop),
                establishmentCreated(2017), establishmentsInvolved(2017, null));
        System.out.println();
        long others = stock.entrySet().stream().filter(e -> !PILOT.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("stock of the 92 other départements (2016-12-15): %,d%n", others);
        System.out.printf("national cumulative created on %s: %,d%n", NATIONAL_DATE, nationalCumulative(NATIONAL_DATE));
        System.out.printf("national cumulative created on %s: %,d%n", PILOT_END, nationalCumulative(PILOT_END));
        System.out.printf("establishments 2017: %d involved, %,d created, %,d alimented (published: %d, %,d, > 50 000)%n",
                establishmentsInvolved(2017, null), establishmentCreated(2017),
                rows.values().stream().filter(r -> r.channel().equals("ESTABLISHMENT") && r.date().getYear() == 2017)
                        .mapToLong(Row::alimented).sum(), ESTABLISHMENTS_2017, ESTABLISHMENT_CREATED_2017);
        System.out.printf("establishments Jan-May 2018: %d involved (published: %d)%n",
                (int) rows.values().stream().filter(r -> r.channel().equals("ESTABLISHMENT")
                        && r.date().getYear() == 2018 && r.date().getMonthValue() <= 5)
                        .map(Row::finess).distinct().count(), ESTABLISHMENTS_2018);
        System.out.println();
        System.out.println("pilot created by channel (nine together):");
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> alimentedByChannel = new TreeMap<>();
        for (Row r : rows.values()) {
            if (r.date().isBefore(PILOT_START)) {
                continue;
            }
            byChannel.merge(r.channel(), r.created(), Long::sum);
            alimentedByChannel.merge(r.channel(), r.alimented(), Long::sum);
            if (!r.practitionerType().isEmpty()) {
                byType.merge(r.practitionerType(), r.created(), Long::sum);
            }
        }
        byChannel.forEach((k, v) -> System.out.printf("  %-14s %,9d  %5.1f %%  alimented %,8d (%4.1f %%)%n",
                k, v, 100.0 * v / NINE_PILOT_CREATED, alimentedByChannel.get(k), 100.0 * alimentedByChannel.get(k) / v));
        long practitioners = byChannel.get("PRACTITIONER");
        byType.forEach((k, v) -> System.out.printf("    %-22s %,9d  %5.1f %% of PRACTITIONER%n",
                k, v, 100.0 * v / practitioners));
        for (int year : new int[] {2016, 2017, 2018}) {
            final int y = year;
            System.out.printf("pilot created in %d: %,d%n", year, rows.values().stream()
                    .filter(r -> !r.date().isBefore(PILOT_START) && r.date().getYear() == y)
                    .mapToLong(Row::created).sum());
        }
    }

    long establishmentCreated(int year, String code) {
        return rows.values().stream()
                .filter(r -> r.channel().equals("ESTABLISHMENT") && r.date().getYear() == year
                        && r.territory().equals(code))
                .mapToLong(Row::created).sum();
    }

    int establishmentsInvolved(int year, String code) {
        return (int) rows.values().stream()
                .filter(r -> r.channel().equals("ESTABLISHMENT") && r.date().getYear() == year
                        && (code == null || r.territory().equals(code)))
                .map(Row::finess).distinct().count();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    /** Integers proportional to the weights, summing exactly to the total (largest remainder). */
    static long[] largestRemainder(long total, double[] weights) {
        double sum = sumOf(weights);
        long[] result = new long[weights.length];
        if (total == 0 || sum == 0) {
            require(total == 0, "cannot split " + total + " over zero weights");
            return result;
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            result[i] = (long) Math.floor(exact);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) {
            result[order[k % order.length]]++;
        }
        return result;
    }

    /** Draws each of the total units into a bucket with probability proportional to the weights. */
    long[] multinomial(long total, double[] weights) {
        long[] result = new long[weights.length];
        double sum = sumOf(weights);
        for (long k = 0; k < total; k++) {
            double u = random.nextDouble() * sum;
            int i = 0;
            while (i < weights.length - 1 && (u -= weights[i]) >= 0) {
                i++;
            }
            result[i]++;
        }
        return result;
    }

    /** A multiplicative noise around 1 (never below 0.3). */
    double noise(double sigma) {
        return Math.max(0.3, 1 + sigma * random.nextGaussian());
    }

    static double sumOf(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    static double sumWhere(double[] values, List<LocalDate> days, java.util.function.Predicate<LocalDate> keep) {
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            if (keep.test(days.get(i))) {
                s += values[i];
            }
        }
        return s;
    }

    static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    /** a ÷ b rounded half up (a, b ≥ 0). */
    static long divideRound(long a, long b) {
        return (2 * a + b) / (2 * b);
    }

    /** a ÷ b rounded up (a ≥ 0, b > 0). */
    static long divideCeil(long a, long b) {
        return (a + b - 1) / b;
    }

    /** part ÷ whole as a percentage rounded half up to one decimal, as the report prints it. */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** part ÷ whole as the service returns it (a decimal fraction), to six places. */
    static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    static BigDecimal tenths(int value) {
        return BigDecimal.valueOf(value, 1);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The département a FINESS number designates (domain §4). */
    static String departementOf(String finess) {
        Map<String, String> overseas = Map.of("9701", "971", "9702", "972", "9703", "973", "9704", "974", "9805", "976");
        if (finess.startsWith("97") || finess.startsWith("98")) {
            String code = overseas.get(finess.substring(0, 4));
            require(code != null, finess + ": unknown overseas prefix");
            return code;
        }
        return finess.substring(0, 2);
    }

    static String csv(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i > 0) {
                line.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.toString();
    }

    static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> ordered(Object... keyValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], (V) keyValues[i + 1]);
        }
        return map;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("demo dataset check failed: " + message);
        }
    }
}
