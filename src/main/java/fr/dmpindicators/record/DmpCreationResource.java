package fr.dmpindicators.record;

import fr.dmpindicators.api.DmpCreationsApi;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.PractitionerTypeCodeDto;
import fr.dmpindicators.calendar.DateParameter;
import fr.dmpindicators.csv.CsvReadings;
import fr.dmpindicators.language.Language;
import fr.dmpindicators.persistence.RetryOnConflict;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchSummaryMapper;
import fr.dmpindicators.write.Outcome;
import fr.dmpindicators.write.Written;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/** HTTP access to DMP creation records. */
@Path("/")
public class DmpCreationResource implements DmpCreationsApi {

    @Inject
    DmpCreationService service;

    @Inject
    DmpCreationMapper mapper;

    @Inject
    BatchSummaryMapper summaries;

    @Inject
    CsvReadings csvReadings;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response pushDmpCreation(DmpCreationDto item) {
        Written<DmpCreation> pushed = service.push(item);
        if (pushed.outcome() == Outcome.CREATED) {
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(pushed.stored().id)).build())
                    .entity(mapper.toDto(pushed.stored())).build();
        }
        return Response.ok(mapper.toDto(pushed.stored())).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response pushDmpCreationBatch(List<DmpCreationDto> items, Boolean atomic, Boolean dryRun) {
        return Response.ok(summaries.toDto(service.pushBatch(items, BatchOptions.of(atomic, dryRun)),
                csvReadings.warnings(), Language.of(headers.getHeaderString(Language.ACCEPT_LANGUAGE)))).build();
    }

    @Override
    public Response listDmpCreations(String territory, ChannelCodeDto channel, String finess,
            PractitionerTypeCodeDto practitionerType, LocalDate from, LocalDate to, Integer page, Integer size) {
        DateParameter.period(from, to);
        return Response.ok(mapper.page(service.search(territory, mapper.channel(channel), finess,
                mapper.practitionerType(practitionerType), from, to, page, size))).build();
    }

    @Override
    public Response getDmpCreation(Long id) {
        return Response.ok(mapper.toDto(service.get(id))).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    public Response deleteDmpCreation(Long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
