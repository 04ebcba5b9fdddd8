package fr.dmpindicators.audit;

import fr.dmpindicators.api.model.AuditEntityDto;
import fr.dmpindicators.api.model.AuditEntryDto;
import fr.dmpindicators.api.model.AuditEntryPageDto;
import fr.dmpindicators.persistence.PageSlice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The audit trail as the contract's models, and the contract's entity filter as the domain's. The generated page's
 * {@code removeItemsItem} looks like a fluent setter to MapStruct (mapstruct#3072): ignored.
 */
@Mapper
public interface AuditMapper {

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    @Mapping(target = "removeItemsItem", ignore = true)
    AuditEntryPageDto page(PageSlice<AuditEntry> page);

    @Mapping(target = "key", source = "entityKey")
    AuditEntryDto entry(AuditEntry entry);

    AuditEntry.Subject subject(AuditEntityDto entity);
}
