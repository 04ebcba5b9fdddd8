package fr.dmpindicators.write;

import fr.dmpindicators.api.model.BatchSummaryDto;
import fr.dmpindicators.api.model.CsvWarningDto;
import fr.dmpindicators.api.model.FieldErrorDto;
import fr.dmpindicators.problem.FieldError;
import java.util.List;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A batch summary as the contract answers it, with the warnings of reading its body, in the request's language. */
@Mapper
public interface BatchSummaryMapper {

    @Mapping(target = "rejected", expression = "java(summary.rejected())")
    @Mapping(target = "message", expression = "java(summary.message(locale))")
    @Mapping(target = "removeErrorsItem", ignore = true)
    @Mapping(target = "removeWarningsItem", ignore = true)
    BatchSummaryDto toDto(BatchSummary summary, List<CsvWarningDto> warnings, @Context Locale locale);

    default FieldErrorDto error(FieldError error, @Context Locale locale) {
        return error.toDto(locale);
    }
}
