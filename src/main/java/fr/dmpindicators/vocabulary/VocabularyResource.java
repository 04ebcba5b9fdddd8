package fr.dmpindicators.vocabulary;

import fr.dmpindicators.api.VocabulariesApi;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.ChannelDto;
import fr.dmpindicators.api.model.EstablishmentCategoryDto;
import fr.dmpindicators.api.model.FieldRequirementDto;
import fr.dmpindicators.api.model.PractitionerTypeCodeDto;
import fr.dmpindicators.api.model.PractitionerTypeDto;
import fr.dmpindicators.establishment.EstablishmentCategory;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/** HTTP access to the fixed vocabularies: channels, practitioner types, establishment categories. */
@Path("/")
public class VocabularyResource implements VocabulariesApi {

    @Override
    public Response listChannels() {
        return Response.ok(Arrays.stream(Channel.values())
                .map(c -> new ChannelDto().code(ChannelCodeDto.valueOf(c.name())).label(c.label())
                        .finess(FieldRequirementDto.valueOf(c.finess().name()))
                        .practitionerType(FieldRequirementDto.valueOf(c.practitionerType().name())))
                .toList()).build();
    }

    @Override
    public Response listPractitionerTypes() {
        return Response.ok(Arrays.stream(PractitionerType.values())
                .map(t -> new PractitionerTypeDto().code(PractitionerTypeCodeDto.valueOf(t.name())).label(t.label())
                        .rppsProfessionCode(t.rppsProfessionCode()).rppsSpecialtyCodes(t.rppsSpecialtyCodes()))
                .toList()).build();
    }

    @Override
    public Response listEstablishmentCategories() {
        return Response.ok(Arrays.stream(EstablishmentCategory.values())
                .map(c -> new EstablishmentCategoryDto().code(c.code()).label(c.label()))
                .toList()).build();
    }
}
