package fr.dmpindicators.write;

import fr.dmpindicators.api.model.BatchSummaryDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A batch summary as the contract answers it. */
@Mapper
public interface BatchSummaryMapper {

    @Mapping(target = "rejected", expression = "java(summary.rejected())")
    @Mapping(target = "message", expression = "java(summary.message())")
    @Mapping(target = "removeErrorsItem", ignore = true)
    BatchSummaryDto toDto(BatchSummary summary);
}
