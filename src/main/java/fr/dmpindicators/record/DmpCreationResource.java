package fr.dmpindicators.record;

import fr.dmpindicators.api.DmpCreationsApi;
import fr.dmpindicators.api.model.ChannelCodeDto;
import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.api.model.DmpCreationRecordDto;
import fr.dmpindicators.api.model.DmpCreationRecordPageDto;
import fr.dmpindicators.api.model.PractitionerTypeCodeDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.persistence.RetryOnConflict;
import fr.dmpindicators.record.DmpCreationService.Pushed;
import fr.dmpindicators.security.Caller;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.write.BatchOptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/** HTTP access to DMP creation records. */
@Path("/")
public class DmpCreationResource implements DmpCreationsApi {

    @Inject
    DmpCreationService service;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response pushDmpCreation(DmpCreationDto item) {
        Pushed pushed = service.push(item);
        if (pushed.created()) {
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(pushed.record().id)).build())
                    .entity(toDto(pushed.record())).build();
        }
        return Response.ok(toDto(pushed.record())).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    @RetryOnConflict
    public Response pushDmpCreationBatch(List<DmpCreationDto> items, Boolean atomic, Boolean dryRun) {
        return Response.ok(service.pushBatch(items, BatchOptions.of(atomic, dryRun)).toDto()).build();
    }

    @Override
    public Response listDmpCreations(String territory, ChannelCodeDto channel, String finess,
            PractitionerTypeCodeDto practitionerType, LocalDate from, LocalDate to, Integer page, Integer size) {
        PageSlice<DmpCreationRecordDto> slice = service.search(territory,
                channel == null ? null : Channel.valueOf(channel.name()), finess,
                practitionerType == null ? null : PractitionerType.valueOf(practitionerType.name()),
                from, to, page, size).map(DmpCreationResource::toDto);
        return Response.ok(new DmpCreationRecordPageDto().items(slice.items()).page(slice.page()).size(slice.size())
                .totalItems(slice.totalItems()).totalPages(slice.totalPages())).build();
    }

    @Override
    public Response getDmpCreation(Long id) {
        return Response.ok(toDto(service.get(id))).build();
    }

    @Override
    @RolesAllowed({Caller.PRODUCER, Caller.ADMIN})
    public Response deleteDmpCreation(Long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private static DmpCreationRecordDto toDto(DmpCreation r) {
        return new DmpCreationRecordDto().id(r.id).date(r.date).territory(r.territoryCode)
                .channel(ChannelCodeDto.valueOf(r.channel.name())).finess(r.finess)
                .practitionerType(r.practitionerType == null ? null
                        : PractitionerTypeCodeDto.valueOf(r.practitionerType.name()))
                .created(r.created).alimented(r.alimented).recordedAt(r.recordedAt);
    }
}
