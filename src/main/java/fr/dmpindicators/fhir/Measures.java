package fr.dmpindicators.fhir;

import fr.dmpindicators.api.model.IndicatorDefinitionDto;
import fr.dmpindicators.api.model.UnitDto;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Measure;

/**
 * The indicator catalogue as FHIR R4 {@code Measure}s in a collection {@code Bundle}: each indicator's canonical URL
 * (the one its {@code MeasureReport}s name), its code as computable name, and its name, definition and formula in the
 * language of the answer. A rate is scored as a ratio, a count as a cohort.
 */
final class Measures {

    private static final String SCORING_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-scoring";

    private Measures() {
    }

    static Bundle of(List<IndicatorDefinitionDto> definitions, Locale locale) {
        Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
        for (IndicatorDefinitionDto definition : definitions) {
            Measure measure = measure(definition, locale);
            bundle.addEntry().setFullUrl(measure.getUrl()).setResource(measure);
        }
        return bundle;
    }

    private static Measure measure(IndicatorDefinitionDto definition, Locale locale) {
        Measure measure = new Measure();
        measure.setId(Canonical.measureId(definition.getCode()));
        measure.setLanguage(locale.toLanguageTag());
        measure.setUrl(Canonical.measure(definition.getCode()));
        measure.setName(definition.getCode().name());
        measure.setTitle(definition.getName());
        measure.setStatus(PublicationStatus.ACTIVE);
        measure.setDescription(definition.getDefinition());
        measure.setGuidance(definition.getFormula());
        String scoring = definition.getUnit() == UnitDto.RATIO ? "ratio" : "cohort";
        measure.setScoring(new CodeableConcept(new Coding(SCORING_SYSTEM, scoring, null)));
        return measure;
    }
}
