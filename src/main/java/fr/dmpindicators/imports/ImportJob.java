package fr.dmpindicators.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One file import: the file waiting on disk, who submitted it with which rights, and where the job stands. Errors and
 * warnings are kept as JSON text (the contract's {@code ImportError} and {@code CsvWarning} lists).
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** The formats of a file, by their content type. */
    public enum Format {
        CSV, NDJSON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
    public Long id;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Enumerated(EnumType.STRING)
    public Format format;

    /** The charset the content type named, or null: then UTF-8, or Windows-1252 for a CSV file that is not UTF-8. */
    public String charset;

    public boolean atomic;

    @Column(name = "dry_run")
    public boolean dryRun;

    @Column(name = "file_path")
    public String filePath;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "client_id")
    public String client;

    @Column(name = "submitter_admin")
    public boolean submitterAdmin;

    /** The regions the submitter's token could write, comma-separated. */
    @Column(name = "submitter_regions")
    public String submitterRegions;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** How many times a worker started the job; a job that keeps stopping the service is not started forever. */
    public int attempts;

    @Column(name = "cancel_requested")
    public boolean cancelRequested;

    @Column(name = "bytes_total")
    public long bytesTotal;

    @Column(name = "bytes_read")
    public long bytesRead;

    @Column(name = "lines_read")
    public long linesRead;

    public long created;

    public long updated;

    public long unchanged;

    public long rejected;

    public String errors = "[]";

    public String warnings = "[]";

    public String message;

    @Column(name = "audit_request_id")
    public String auditRequestId;
}
