package fr.dmpindicators.audit;

import fr.dmpindicators.api.AuditApi;
import fr.dmpindicators.api.model.AuditEntityDto;
import fr.dmpindicators.calendar.DateParameter;
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

    @Inject
    AuditMapper mapper;

    @Override
    @RolesAllowed(Caller.ADMIN)
    public Response listAuditEntries(AuditEntityDto entity, String key, String actor, String requestId,
            LocalDate from, LocalDate to, Integer page, Integer size) {
        DateParameter.period(from, to);
        return Response.ok(mapper.page(entries.search(mapper.subject(entity), key, actor, requestId, from, to, page,
                size))).build();
    }
}
