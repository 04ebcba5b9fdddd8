package fr.dmpindicators.objective;

import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.ObjectiveDto;
import fr.dmpindicators.api.model.ObjectiveProgressDto;
import fr.dmpindicators.api.model.ObjectiveRevisionDto;
import fr.dmpindicators.api.model.ObjectiveStatusDto;
import java.time.LocalDate;

/** Turns objectives, their revisions and their progress into the contract's models. */
final class ObjectiveMapper {

    private ObjectiveMapper() {
    }

    /** The objective as in force on {@code date}, with every revision oldest first. */
    static ObjectiveDto toDto(Objective objective, LocalDate date) {
        ObjectiveRevision inForce = objective.revisionInForceAt(date);
        return new ObjectiveDto().id(objective.id).territory(objective.territoryCode)
                .metric(MetricDto.valueOf(objective.metric.name()))
                .targetValue(inForce.targetValue).startDate(objective.startDate).dueDate(inForce.dueDate)
                .label(inForce.label)
                .revisions(objective.revisions.stream().map(ObjectiveMapper::toDto).toList());
    }

    static ObjectiveRevisionDto toDto(ObjectiveRevision revision) {
        return new ObjectiveRevisionDto().revision(revision.revision).targetValue(revision.targetValue)
                .dueDate(revision.dueDate).label(revision.label).reason(revision.reason)
                .effectiveDate(revision.effectiveDate).recordedAt(revision.recordedAt);
    }

    static ObjectiveProgressDto toDto(Objective objective, ObjectiveRevision inForce, LocalDate asOf,
            ObjectiveProgress progress) {
        return new ObjectiveProgressDto().objectiveId(objective.id).territory(objective.territoryCode)
                .metric(MetricDto.valueOf(objective.metric.name())).label(inForce.label).asOf(asOf)
                .revision(inForce.revision).targetValue(inForce.targetValue).startDate(objective.startDate)
                .dueDate(inForce.dueDate)
                .startValue(progress.startValue()).currentValue(progress.currentValue())
                .progress(progress.progress()).progressFromStart(progress.progressFromStart())
                .expectedValue(progress.expectedValue()).onTrack(progress.onTrack()).daysLeft(progress.daysLeft())
                .requiredDailyRate(progress.requiredDailyRate())
                .recentDailyRate7(progress.recentDailyRate7()).recentDailyRate30(progress.recentDailyRate30())
                .projectedValueAtDue(progress.projectedValueAtDue())
                .projectedReachDate(progress.projectedReachDate())
                .status(ObjectiveStatusDto.valueOf(progress.status().name()));
    }
}
