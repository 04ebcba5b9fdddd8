package fr.dmpindicators.record;

import fr.dmpindicators.api.model.DmpCreationDto;
import fr.dmpindicators.persistence.PageSlice;
import fr.dmpindicators.problem.ProblemException;
import fr.dmpindicators.problem.ProblemText;
import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.write.BatchOptions;
import fr.dmpindicators.write.BatchSummary;
import fr.dmpindicators.write.Chunk;
import fr.dmpindicators.write.Tally;
import fr.dmpindicators.write.WritePipeline;
import fr.dmpindicators.write.Written;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

/** DMP creation records: pushes (one or a batch) and deletions through the write pipeline, reads and searches. */
@ApplicationScoped
public class DmpCreationService {

    @Inject
    DmpCreationRepository records;

    @Inject
    DmpCreationRegister register;

    @Inject
    WritePipeline pipeline;

    @Inject
    TerritoryHierarchy territories;

    public Written<DmpCreation> push(DmpCreationDto item) {
        return pipeline.write(register, item);
    }

    public BatchSummary pushBatch(List<DmpCreationDto> items, BatchOptions options) {
        return pipeline.writeBatch(register, items, options);
    }

    /**
     * More records than a batch holds, as one write in the caller's transaction, chunk after chunk: an atomic refusal
     * in any chunk rolls back the whole, so they are stored all together or not at all.
     *
     * @param stored told, after each chunk, how many records are written so far
     */
    @Transactional(TxType.MANDATORY)
    public BatchSummary pushInChunks(List<DmpCreationDto> items, int chunkSize, BatchOptions options,
            IntConsumer stored) {
        Tally tally = new Tally();
        for (int from = 0; from < items.size(); from += chunkSize) {
            int to = Math.min(from + chunkSize, items.size());
            pipeline.writeChunk(register, new Chunk<>(items.subList(from, to), from), options, tally);
            stored.accept(to);
        }
        return pipeline.summary(register, options, tally);
    }

    /**
     * One chunk of a file import, in the caller's transaction, counted apart: its errors index the chunk's items.
     * A file's chunks are checked with {@code atomic=false}, so that every bad line is named, not only the first
     * chunk's.
     */
    @Transactional(TxType.MANDATORY)
    public BatchSummary pushChunk(List<DmpCreationDto> items, BatchOptions options) {
        Tally tally = new Tally();
        pipeline.writeChunk(register, Chunk.whole(items), options, tally);
        return pipeline.summary(register, options, tally);
    }

    public DmpCreation get(long id) {
        return records.findByIdOptional(id).orElseThrow(() -> noRecord(id));
    }

    public PageSlice<DmpCreation> search(String territory, Channel channel, String finess,
            PractitionerType practitionerType, LocalDate from, LocalDate to, int page, int size) {
        return records.search(new DmpCreationRepository.Filter(territories.departementsForFilter(territory), channel,
                finess, practitionerType, from, to), page, size);
    }

    @Transactional
    public void delete(long id) {
        pipeline.delete(register, records.findForUpdate(id).orElseThrow(() -> noRecord(id)));
    }

    private static ProblemException noRecord(long id) {
        return ProblemException.notFound(new ProblemText("detail.no-record", id));
    }
}
