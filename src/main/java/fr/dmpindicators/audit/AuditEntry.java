package fr.dmpindicators.audit;

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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/**
 * One effective change of stored data, as the audit trail keeps it: read from the view {@code audit_trail}, the rows
 * of {@code audit_entry} and the creation entries of the records that trace their own creation (decision 25). Never
 * written through Hibernate: {@link AuditTrail} inserts the rows, with ids from this entity's generator, which the
 * records share, so that an id names one entry of the whole trail.
 */
@Entity
@Immutable
@Table(name = "audit_trail")
@Synchronize({"audit_entry", "audit_write", "dmp_creation"})
public class AuditEntry {

    /** The kinds of entity the trail follows. */
    public enum Subject {
        DMP_CREATION, ESTABLISHMENT, REFERENCE_POPULATION, OBJECTIVE
    }

    /** What a change did. */
    public enum Action {
        CREATE, UPDATE, DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_ids")
    @SequenceGenerator(name = "audit_entry_ids", sequenceName = "trail_id_seq", allocationSize = 1000)
    public Long id;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    @Column(name = "client_id")
    public String client;

    @Column(name = "request_id")
    public String requestId;

    @Enumerated(EnumType.STRING)
    public Subject entity;

    @Column(name = "entity_key")
    public String entityKey;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "before_value")
    public String before;

    @Column(name = "after_value")
    public String after;
}
