package fr.dmpindicators.audit;

import fr.dmpindicators.api.model.AuditEntityDto;
import fr.dmpindicators.api.model.AuditEntryDto;
import fr.dmpindicators.api.model.AuditEntryPageDto;
import fr.dmpindicators.persistence.AsPage;
import fr.dmpindicators.persistence.PageSlice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The audit trail as the contract's models, and the contract's entity filter as the domain's.
 */
@Mapper
public interface AuditMapper {

    @AsPage
    AuditEntryPageDto page(PageSlice<AuditEntry> slice);

    @Mapping(target = "key", source = "entityKey")
    AuditEntryDto entry(AuditEntry entry);

    AuditEntry.Subject subject(AuditEntityDto entity);
}
