package fr.dmpindicators.objective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One version of an objective's target, due date and label. Revision 1 is the original, which applies from the start
 * and has neither reason nor effective date; each later revision says why it was made and from which date it applies.
 */
@Entity
@Table(name = "objective_revision")
@IdClass(ObjectiveRevision.Key.class)
public class ObjectiveRevision {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    @Id
    public int revision;

    @Column(name = "target_value")
    public double targetValue;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String label;

    public String reason;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    protected ObjectiveRevision() {
    }

    ObjectiveRevision(Objective objective, int revision, double targetValue, LocalDate dueDate, String label,
            String reason, LocalDate effectiveDate, OffsetDateTime recordedAt) {
        this.objective = objective;
        this.revision = revision;
        this.targetValue = targetValue;
        this.dueDate = dueDate;
        this.label = label;
        this.reason = reason;
        this.effectiveDate = effectiveDate;
        this.recordedAt = recordedAt;
    }

    static ObjectiveRevision original(Objective objective, double targetValue, LocalDate dueDate, String label,
            OffsetDateTime recordedAt) {
        return new ObjectiveRevision(objective, 1, targetValue, dueDate, label, null, null, recordedAt);
    }

    /** The primary key (objective, revision number), as JPA's {@code @IdClass} wants it. */
    public static class Key implements Serializable {

        public Long objective;
        public int revision;

        public Key() {
        }

        public Key(Long objective, int revision) {
            this.objective = objective;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(objective, key.objective) && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(objective, revision);
        }
    }
}
