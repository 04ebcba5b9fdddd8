package fr.dmpindicators.audit;

import fr.dmpindicators.api.AuditApi;
import fr.dmpindicators.api.model.AuditActionDto;
import fr.dmpindicators.api.model.AuditEntityDto;
import fr.dmpindicators.api.model.AuditEntryDto;
import fr.dmpindicators.api.model.AuditEntryPageDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** HTTP access to the audit trail, for administrators. */
@Path("/")
public class AuditResource implements AuditApi {

    @Inject
    AuditEntryRepository entries;

    @Override
    @RolesAllowed(Caller.ADMIN)
    public Response listAuditEntries(AuditEntityDto entity, String key, String actor, String requestId,
            LocalDate from, LocalDate to, Integer page, Integer size) {
        PageSlice<AuditEntryDto> slice = entries.search(entity == null ? null : AuditEntry.Subject.valueOf(
                entity.name()), key, actor, requestId, from, to, page, size).map(AuditResource::toDto);
        return Response.ok(new AuditEntryPageDto().items(slice.items()).page(slice.page()).size(slice.size())
                .totalItems(slice.totalItems()).totalPages(slice.totalPages())).build();
    }

    private static AuditEntryDto toDto(AuditEntry e) {
        return new AuditEntryDto().id(e.id).occurredAt(e.occurredAt).actor(e.actor).client(e.client)
                .requestId(e.requestId).entity(AuditEntityDto.valueOf(e.entity.name())).key(e.entityKey)
                .action(AuditActionDto.valueOf(e.action.name())).before(e.before).after(e.after);
    }
}
