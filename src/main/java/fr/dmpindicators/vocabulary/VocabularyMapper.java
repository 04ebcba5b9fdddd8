package fr.dmpindicators.vocabulary;

import fr.dmpindicators.api.model.ChannelDto;
import fr.dmpindicators.api.model.EstablishmentCategoryDto;
import fr.dmpindicators.api.model.FieldRequirementDto;
import fr.dmpindicators.api.model.PractitionerTypeDto;
import fr.dmpindicators.establishment.EstablishmentCategory;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import java.util.List;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The fixed vocabularies as the contract's models: codes and requirements by name, labels in the language asked for. The vocabularies are enums whose
 * accessors are not bean getters, so each field is named; the generated {@code removeRppsSpecialtyCodesItem} looks
 * like a fluent setter to MapStruct (mapstruct#3072): ignored.
 */
@Mapper
public interface VocabularyMapper {

    List<ChannelDto> channels(Channel[] channels, @Context Locale locale);

    @Mapping(target = "code", source = "channel")
    @Mapping(target = "label", expression = "java(channel.label(locale))")
    @Mapping(target = "finess", expression = "java(requirement(channel.finess()))")
    @Mapping(target = "practitionerType", expression = "java(requirement(channel.practitionerType()))")
    ChannelDto channel(Channel channel, @Context Locale locale);

    FieldRequirementDto requirement(Channel.Requirement requirement);

    List<PractitionerTypeDto> practitionerTypes(PractitionerType[] types, @Context Locale locale);

    @Mapping(target = "code", source = "type")
    @Mapping(target = "label", expression = "java(type.label(locale))")
    @Mapping(target = "rppsProfessionCode", expression = "java(type.rppsProfessionCode())")
    @Mapping(target = "rppsSpecialtyCodes", expression = "java(type.rppsSpecialtyCodes())")
    @Mapping(target = "removeRppsSpecialtyCodesItem", ignore = true)
    PractitionerTypeDto practitionerType(PractitionerType type, @Context Locale locale);

    List<EstablishmentCategoryDto> categories(EstablishmentCategory[] categories, @Context Locale locale);

    @Mapping(target = "code", expression = "java(category.code())")
    @Mapping(target = "label", expression = "java(category.label(locale))")
    EstablishmentCategoryDto category(EstablishmentCategory category, @Context Locale locale);
}
