package fr.dmpindicators.fhir;

import fr.dmpindicators.api.model.BreakdownDto;
import fr.dmpindicators.api.model.BreakdownItemDto;
import fr.dmpindicators.api.model.IndicatorCodeDto;
import fr.dmpindicators.api.model.IndicatorValueDto;
import fr.dmpindicators.api.model.ScopeDto;
import fr.dmpindicators.api.model.TerritoryRefDto;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Indicator answers as FHIR R4 {@code MeasureReport}s (summary, complete): the period the value covers, the scope as
 * subject, one group with its numerator and denominator populations and the value as {@code measureScore}. A
 * breakdown is one group per count (created, alimented) stratified by its dimension. A value that cannot be computed
 * has no {@code measureScore} but the data-absent-reason extension in its place, and the reason in the narrative.
 * Nothing varies between two calls on the same data (no timestamp, no generated id), so the ETag stays exact.
 */
final class MeasureReports {

    private static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    private static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    private static final String UCUM = "http://unitsofmeasure.org";

    private MeasureReports() {
    }

    /** Coverage, alimentation share or growth: numerator ÷ denominator over the period. */
    static MeasureReport of(IndicatorValueDto value) {
        MeasureReport report = report(value.getIndicator(), value.getScope(), value.getFrom(),
                value.getTo() != null ? value.getTo() : value.getAsOf());
        MeasureReportGroupComponent group = report.addGroup();
        group.addPopulation(population("numerator", value.getNumerator()));
        group.addPopulation(population("denominator", value.getDenominator()));
        group.setMeasureScore(score(value.getValue(), value.getDenominator()));
        if (value.getValue() == null) {
            report.setText(narrative(value.getReason()));
        }
        return report;
    }

    /** A breakdown: the counts of each part over the total, as strata of the dimension. */
    static MeasureReport of(BreakdownDto breakdown) {
        MeasureReport report = report(IndicatorCodeDto.BREAKDOWN, breakdown.getScope(), breakdown.getFrom(),
                breakdown.getTo() != null ? breakdown.getTo() : breakdown.getAsOf());
        addGroup(report, breakdown, "created", breakdown.getCreated(), BreakdownItemDto::getCreated,
                BreakdownItemDto::getCreatedShare);
        addGroup(report, breakdown, "alimented", breakdown.getAlimented(), BreakdownItemDto::getAlimented,
                BreakdownItemDto::getAlimentedShare);
        return report;
    }

    private static void addGroup(MeasureReport report, BreakdownDto breakdown, String count, long total,
            Function<BreakdownItemDto, Long> part, Function<BreakdownItemDto, Double> share) {
        MeasureReportGroupComponent group = report.addGroup();
        group.setCode(new CodeableConcept().setText(count));
        group.addPopulation(population("numerator", total));
        group.addPopulation(population("denominator", total));
        group.setMeasureScore(score(total == 0 ? null : 1.0, total));
        String dimension = breakdown.getBy().name();
        MeasureReportGroupStratifierComponent stratifier = group.addStratifier()
                .setCode(List.of(new CodeableConcept().setText(dimension)));
        for (BreakdownItemDto item : breakdown.getItems()) {
            StratifierGroupComponent stratum = stratifier.addStratum();
            stratum.setValue(new CodeableConcept(new Coding(Canonical.dimension(dimension), item.getKey(),
                    item.getLabel())).setText(item.getLabel()));
            stratum.addPopulation(stratumPopulation("numerator", part.apply(item)));
            stratum.addPopulation(stratumPopulation("denominator", total));
            stratum.setMeasureScore(score(share.apply(item), total));
        }
    }

    private static MeasureReport report(IndicatorCodeDto indicator, ScopeDto scope, LocalDate from, LocalDate to) {
        MeasureReport report = new MeasureReport();
        report.setStatus(MeasureReportStatus.COMPLETE);
        report.setType(MeasureReportType.SUMMARY);
        report.setMeasure(Canonical.measure(indicator));
        report.setSubject(subject(scope));
        Period period = new Period();
        if (from != null) {
            period.setStartElement(new DateTimeType(from.toString()));
        }
        period.setEndElement(new DateTimeType(to.toString()));
        report.setPeriod(period);
        return report;
    }

    /** One territory by its INSEE code; a combined scope by its names (a group of territories has no code). */
    private static Reference subject(ScopeDto scope) {
        Reference subject = new Reference().setType("Location").setDisplay(scope.getTerritories().stream()
                .map(TerritoryRefDto::getName).collect(Collectors.joining(", ")));
        if (scope.getTerritories().size() == 1) {
            subject.setIdentifier(new Identifier().setSystem(Canonical.TERRITORY_SYSTEM)
                    .setValue(scope.getTerritories().get(0).getCode()));
        }
        return subject;
    }

    private static MeasureReportGroupPopulationComponent population(String code, Long count) {
        MeasureReportGroupPopulationComponent population = new MeasureReportGroupPopulationComponent()
                .setCode(populationCode(code));
        if (count != null) {
            population.setCount(Math.toIntExact(count));
        }
        return population;
    }

    private static StratifierGroupPopulationComponent stratumPopulation(String code, long count) {
        return new StratifierGroupPopulationComponent().setCode(populationCode(code))
                .setCount(Math.toIntExact(count));
    }

    private static CodeableConcept populationCode(String code) {
        return new CodeableConcept(new Coding(POPULATION_SYSTEM, code, null));
    }

    /**
     * The value as a unitless decimal fraction; without one, why: the denominator is unknown (no reference
     * population) or zero (nothing to divide by, "not a number").
     */
    private static Quantity score(Double value, Long denominator) {
        Quantity score = new Quantity();
        if (value != null) {
            return score.setValue(value).setSystem(UCUM).setCode("1").setUnit("1");
        }
        score.addExtension(DATA_ABSENT_REASON, new CodeType(denominator == null ? "unknown" : "not-a-number"));
        return score;
    }

    private static Narrative narrative(String reason) {
        Narrative text = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + StringEscapeUtils.escapeXml10(reason == null ? "" : reason) + "</p></div>");
        return text;
    }
}
