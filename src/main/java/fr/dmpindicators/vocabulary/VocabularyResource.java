package fr.dmpindicators.vocabulary;

import fr.dmpindicators.api.VocabulariesApi;
import fr.dmpindicators.establishment.EstablishmentCategory;
import fr.dmpindicators.http.Revalidated;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** HTTP access to the fixed vocabularies: channels, practitioner types, establishment categories, labelled in the
 * language the contract's {@code Accept-Language} parameter asks for. They change only with a release of the
 * service: clients may keep them an hour. */
@Path("/")
@Revalidated(maxAge = 3600)
public class VocabularyResource implements VocabulariesApi {

    @Inject
    VocabularyMapper mapper;

    @Override
    public Response listChannels(String acceptLanguage) {
        return Response.ok(mapper.channels(Channel.values(), Language.of(acceptLanguage))).build();
    }

    @Override
    public Response listPractitionerTypes(String acceptLanguage) {
        return Response.ok(mapper.practitionerTypes(PractitionerType.values(), Language.of(acceptLanguage))).build();
    }

    @Override
    public Response listEstablishmentCategories(String acceptLanguage) {
        return Response.ok(mapper.categories(EstablishmentCategory.values(), Language.of(acceptLanguage)))
                .build();
    }
}
