package fr.dmpindicators.record;

import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.DmpCreationRecordDto;
import fr.dmpindicators.api.model.DmpCreationRecordPageDto;
import fr.dmpindicators.api.model.PractitionerTypeCodeDto;
import fr.dmpindicators.persistence.AsPage;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between DMP creation records and the contract's models. */
@Mapper
public interface DmpCreationMapper {

    @Mapping(target = "territory", source = "territoryCode")
    DmpCreationRecordDto toDto(DmpCreation record);

    @AsPage
    DmpCreationRecordPageDto page(PageSlice<DmpCreation> slice);

    /** The command of a pushed record that broke no rule. */
    @Mapping(target = "key", source = ".")
    RecordCounts command(DmpCreationDto item);

    NaturalKey key(DmpCreationDto item);

    Channel channel(ChannelCodeDto channel);

    PractitionerType practitionerType(PractitionerTypeCodeDto practitionerType);
}
