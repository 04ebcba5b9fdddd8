package fr.dmpindicators.vocabulary;

import fr.dmpindicators.api.VocabulariesApi;
import fr.dmpindicators.establishment.EstablishmentCategory;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** HTTP access to the fixed vocabularies: channels, practitioner types, establishment categories. */
@Path("/")
public class VocabularyResource implements VocabulariesApi {

    @Inject
    VocabularyMapper mapper;

    @Override
    public Response listChannels() {
        return Response.ok(mapper.channels(Channel.values())).build();
    }

    @Override
    public Response listPractitionerTypes() {
        return Response.ok(mapper.practitionerTypes(PractitionerType.values())).build();
    }

    @Override
    public Response listEstablishmentCategories() {
        return Response.ok(mapper.categories(EstablishmentCategory.values())).build();
    }
}
