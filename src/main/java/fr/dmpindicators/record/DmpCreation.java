package fr.dmpindicators.record;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored DMP creation record: for one date, département and source, the DMP created and those alimented. */
@Entity
@Table(name = "dmp_creation")
public class DmpCreation {

    /** The columns of {@code dmp_creation}, in the order of {@link #row}. */
    static final List<String> COLUMNS = List.of("id", "record_date", "territory_code", "channel", "finess",
            "practitioner_type", "created", "alimented", "recorded_at", "natural_key", "write_id", "first_created",
            "first_alimented");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dmp_creation_ids")
    @SequenceGenerator(name = "dmp_creation_ids", sequenceName = "trail_id_seq", allocationSize = 1000)
    public Long id;

    @Column(name = "record_date")
    public LocalDate date;

    @Column(name = "territory_code")
    public String territoryCode;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String finess;

    @Enumerated(EnumType.STRING)
    @Column(name = "practitioner_type")
    public PractitionerType practitionerType;

    public long created;

    public long alimented;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "natural_key")
    public String naturalKey;

    /**
     * The write that created the record ({@code audit_write}), whose creation entry the trail reads from this row and
     * that write; null for a record created before V11, whose creation entry is a row of {@code audit_entry}.
     */
    @Column(name = "write_id", updatable = false)
    public Long writeId;

    /** The counts the record was created with, for its creation entry; null when {@link #writeId} is. */
    @Column(name = "first_created", updatable = false)
    public Long firstCreated;

    @Column(name = "first_alimented", updatable = false)
    public Long firstAlimented;

    protected DmpCreation() {
    }

    /** A new record, created by the write {@code writeId}. */
    public DmpCreation(RecordCounts counts, OffsetDateTime recordedAt, long writeId) {
        NaturalKey key = counts.key();
        this.date = key.date();
        this.territoryCode = key.territory();
        this.channel = key.channel();
        this.finess = key.finess();
        this.practitionerType = key.practitionerType();
        this.created = counts.created();
        this.alimented = counts.alimented();
        this.recordedAt = recordedAt;
        this.naturalKey = key.spelled();
        this.writeId = writeId;
        this.firstCreated = counts.created();
        this.firstAlimented = counts.alimented();
    }

    /** What the record holds, as the command that would store it. */
    public RecordCounts counts() {
        return new RecordCounts(new NaturalKey(date, territoryCode, channel, finess, practitionerType), created,
                alimented);
    }

    /** The values of a new record's row, in the order of {@link #COLUMNS}, for a bulk insert. */
    Object[] row() {
        return new Object[] {id, date, territoryCode, channel.name(), finess,
            practitionerType == null ? null : practitionerType.name(), created, alimented, recordedAt, naturalKey,
            writeId, firstCreated, firstAlimented};
    }

    /** Replaces the counts: a push states them, it never adds to them. */
    public void replaceCounts(RecordCounts counts, OffsetDateTime at) {
        created = counts.created();
        alimented = counts.alimented();
        recordedAt = at;
    }
}
