package fr.dmpindicators.objective;

import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.ObjectiveDto;
import fr.dmpindicators.api.model.ObjectivePageDto;
import fr.dmpindicators.api.model.ObjectiveProgressDto;
import fr.dmpindicators.api.model.ObjectiveRevisionDto;
import fr.dmpindicators.indicator.Metric;
import fr.dmpindicators.persistence.AsPage;
import fr.dmpindicators.persistence.PageSlice;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Objectives, their revisions and their progress as the contract's models, and the contract's metric as the
 * domain's. The generated models' {@code removeXItem} methods look like fluent setters to MapStruct
 * (mapstruct#3072), so each mapping ignores them by name.
 */
@Mapper
public interface ObjectiveMapper {

    /**
     * What an objective's models take from it and from the revision in force: its territory, metric and start date,
     * that revision's target, due date, label (and number, where the model has one).
     */
    @Retention(RetentionPolicy.CLASS)
    @Mapping(target = "territory", source = "objective.territoryCode")
    @Mapping(target = "metric", source = "objective.metric")
    @Mapping(target = "startDate", source = "objective.startDate")
    @Mapping(target = ".", source = "inForce")
    @interface AsInForce {
    }

    /** The objective as in force on a date, with every revision oldest first. */
    @AsInForce
    @Mapping(target = "id", source = "objective.id")
    @Mapping(target = "revisions", source = "objective.revisions")
    @Mapping(target = "removeRevisionsItem", ignore = true)
    ObjectiveDto objective(ObjectiveInForce objective);

    ObjectiveRevisionDto revision(ObjectiveRevision revision);

    @AsPage
    ObjectivePageDto page(PageSlice<ObjectiveInForce> slice);

    @AsInForce
    @Mapping(target = "objectiveId", source = "objective.id")
    @Mapping(target = ".", source = "figures")
    ObjectiveProgressDto progress(ProgressReport report);

    Metric metric(MetricDto metric);
}
