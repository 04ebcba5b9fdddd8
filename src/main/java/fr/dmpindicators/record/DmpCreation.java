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
            "practitioner_type", "created", "alimented", "recorded_at", "natural_key");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dmp_creation_seq")
    @SequenceGenerator(name = "dmp_creation_seq", sequenceName = "dmp_creation_seq", allocationSize = 1000)
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

    protected DmpCreation() {
    }

    public DmpCreation(RecordCounts counts, OffsetDateTime recordedAt) {
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
    }

    /** What the record holds, as the command that would store it. */
    public RecordCounts counts() {
        return new RecordCounts(new NaturalKey(date, territoryCode, channel, finess, practitionerType), created,
                alimented);
    }

    /** The values of a new record's row, in the order of {@link #COLUMNS}, for a bulk insert. */
    Object[] row() {
        return new Object[] {id, date, territoryCode, channel.name(), finess,
            practitionerType == null ? null : practitionerType.name(), created, alimented, recordedAt, naturalKey};
    }

    /** Replaces the counts: a push states them, it never adds to them. */
    public void replaceCounts(RecordCounts counts, OffsetDateTime at) {
        created = counts.created();
        alimented = counts.alimented();
        recordedAt = at;
    }
}
