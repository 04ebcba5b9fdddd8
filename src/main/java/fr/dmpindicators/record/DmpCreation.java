package fr.dmpindicators.record;

import fr.dmpindicators.source.Channel;
import fr.dmpindicators.source.PractitionerType;
import fr.dmpindicators.totals.CountChange;
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

/** A stored DMP creation record: for one date, département and source, the DMP created and those alimented. */
@Entity
@Table(name = "dmp_creation")
public class DmpCreation {

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

    public DmpCreation(NaturalKey key, long created, long alimented, OffsetDateTime recordedAt) {
        this.date = key.date();
        this.territoryCode = key.territory();
        this.channel = key.channel();
        this.finess = key.finess();
        this.practitionerType = key.practitionerType();
        this.created = created;
        this.alimented = alimented;
        this.recordedAt = recordedAt;
        this.naturalKey = key.spelled();
    }

    public boolean hasCounts(long otherCreated, long otherAlimented) {
        return created == otherCreated && alimented == otherAlimented;
    }

    /** Replaces the counts (they never add up), telling the totals how much they moved. */
    public CountChange replaceCounts(long newCreated, long newAlimented, OffsetDateTime at) {
        long previousCreated = created;
        long previousAlimented = alimented;
        created = newCreated;
        alimented = newAlimented;
        recordedAt = at;
        return change(created - previousCreated, alimented - previousAlimented, 0);
    }

    /** What storing this record moves in the totals. */
    public CountChange added() {
        return change(created, alimented, 1);
    }

    /** What deleting this record moves in the totals. */
    public CountChange removed() {
        return change(-created, -alimented, -1);
    }

    private CountChange change(long createdMoved, long alimentedMoved, int records) {
        return new CountChange(date, territoryCode, channel, practitionerType, finess, createdMoved, alimentedMoved,
                records);
    }
}
