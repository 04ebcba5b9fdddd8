package fr.dmpindicators.imports;

import fr.dmpindicators.api.model.ImportJobDto;
import fr.dmpindicators.api.model.ImportJobPageDto;
import fr.dmpindicators.api.model.ImportStatusDto;
import fr.dmpindicators.persistence.PageSlice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Import jobs as the contract's models; written by hand, the errors and warnings being read from their JSON text. */
@ApplicationScoped
public class ImportMapper {

    @Inject
    ImportJobs jobs;

    public ImportJobPageDto page(PageSlice<ImportJob> slice) {
        return new ImportJobPageDto().items(slice.map(this::toDto).items()).page(slice.page()).size(slice.size())
                .totalItems(slice.totalItems()).totalPages(slice.totalPages());
    }

    public ImportJobDto toDto(ImportJob job) {
        return new ImportJobDto().id(job.id).status(ImportStatusDto.fromValue(job.status.name()))
                .format(job.format.name().toLowerCase(Locale.ROOT)).atomic(job.atomic).dryRun(job.dryRun)
                .submittedBy(job.submittedBy).submittedAt(job.submittedAt).startedAt(job.startedAt)
                .endedAt(job.endedAt).bytesTotal(job.bytesTotal).bytesRead(job.bytesRead).linesRead(job.linesRead)
                .created(job.created).updated(job.updated).unchanged(job.unchanged).rejected(job.rejected)
                .errors(jobs.errorsOf(job)).message(job.message).auditRequestId(job.auditRequestId)
                .warnings(jobs.warningsOf(job));
    }
}
