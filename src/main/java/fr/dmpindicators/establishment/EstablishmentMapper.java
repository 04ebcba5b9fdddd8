package fr.dmpindicators.establishment;

import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.api.model.EstablishmentInputDto;
import fr.dmpindicators.api.model.EstablishmentPageDto;
import fr.dmpindicators.persistence.AsPage;
import fr.dmpindicators.persistence.PageSlice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between the establishment register and the contract's models. */
@Mapper
public interface EstablishmentMapper {

    @Mapping(target = "territory", source = "territoryCode")
    EstablishmentDto toDto(Establishment establishment);

    @AsPage
    EstablishmentPageDto page(PageSlice<Establishment> slice);

    /** A PUT as the item of a batch: the FINESS number of the path with the body. */
    EstablishmentDto item(String finess, EstablishmentInputDto input);

    /** The command of an item that broke no rule. */
    Registration command(EstablishmentDto item);
}
