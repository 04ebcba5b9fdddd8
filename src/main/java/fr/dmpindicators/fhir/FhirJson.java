package fr.dmpindicators.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 resources written as JSON by HAPI FHIR. Its {@link FhirContext} scans the whole R4 model (seconds and tens
 * of MiB), so it is built on the first FHIR answer, by the class-holder idiom, never at startup: a service nobody
 * asks for FHIR pays nothing for it.
 */
public final class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private FhirJson() {
    }

    /** Loaded, hence built, only when {@link #write} first runs; the JVM makes that thread-safe. */
    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    public static String write(IBaseResource resource) {
        return Holder.CONTEXT.newJsonParser().encodeResourceToString(resource);
    }
}
