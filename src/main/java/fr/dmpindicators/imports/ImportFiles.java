package fr.dmpindicators.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** The files of jobs that are over, removed from the imports folder: they may weigh gigabytes each. */
final class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class);

    private ImportFiles() {
    }

    static void discard(ImportJob job) {
        try {
            Files.deleteIfExists(Path.of(job.filePath));
        } catch (IOException e) {
            LOG.warnf(e, "The file of import job %d could not be removed: %s", job.id, job.filePath);
        }
    }
}
