package fr.dmpindicators.objective;

import fr.dmpindicators.indicator.Metric;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A target for one territory and one metric (domain §2): what never changes (territory, metric, start date) and every
 * revision of what may (target, due date, label), oldest first. Revisions are only ever added, so that the target in
 * force at any past date stays readable.
 */
@Entity
@Table(name = "objective")
public class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objective_seq")
    @SequenceGenerator(name = "objective_seq", sequenceName = "objective_seq", allocationSize = 50)
    public Long id;

    @Column(name = "territory_code")
    public String territoryCode;

    @Enumerated(EnumType.STRING)
    public Metric metric;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.PERSIST)
    @OrderBy("revision")
    public List<ObjectiveRevision> revisions = new ArrayList<>();

    protected Objective() {
    }

    /** A new objective with its original revision. */
    public Objective(String territoryCode, Metric metric, LocalDate startDate, double targetValue, LocalDate dueDate,
            String label, OffsetDateTime at) {
        this.territoryCode = territoryCode;
        this.metric = metric;
        this.startDate = startDate;
        this.createdAt = at;
        revisions.add(ObjectiveRevision.original(this, targetValue, dueDate, label, at));
    }

    public ObjectiveRevision latestRevision() {
        return revisions.get(revisions.size() - 1);
    }

    /**
     * The latest revision whose effective date is on or before {@code date}; the original before any. Effective dates
     * never decrease from one revision to the next, so of two revisions effective the same day the later one wins.
     */
    public ObjectiveRevision revisionInForceAt(LocalDate date) {
        ObjectiveRevision inForce = revisions.get(0);
        for (ObjectiveRevision revision : revisions) {
            if (revision.effectiveDate != null && !revision.effectiveDate.isAfter(date)) {
                inForce = revision;
            }
        }
        return inForce;
    }

    /** Adds a revision after the latest one; the caller has checked it against the rules. */
    public ObjectiveRevision revise(double targetValue, LocalDate dueDate, String label, String reason,
            LocalDate effectiveDate, OffsetDateTime at) {
        ObjectiveRevision revision = new ObjectiveRevision(this, latestRevision().revision + 1, targetValue, dueDate,
                label, reason, effectiveDate, at);
        revisions.add(revision);
        return revision;
    }
}
