package fr.dmpindicators.objective;

import fr.dmpindicators.api.model.MetricDto;
import fr.dmpindicators.api.model.ObjectiveDto;
import fr.dmpindicators.api.model.ObjectivePageDto;
import fr.dmpindicators.api.model.ObjectiveProgressDto;
import fr.dmpindicators.api.model.ObjectiveRevisionDto;
import fr.dmpindicators.indicator.Metric;
import fr.dmpindicators.persistence.PageSlice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Objectives, their revisions and their progress as the contract's models, and the contract's metric as the
 * domain's. The generated models' {@code removeXItem} methods look like fluent setters to MapStruct
 * (mapstruct#3072), so each mapping ignores them by name.
 */
@Mapper
public interface ObjectiveMapper {

    /** The objective as in force on a date, with every revision oldest first. */
    @Mapping(target = "id", source = "objective.id")
    @Mapping(target = "territory", source = "objective.territoryCode")
    @Mapping(target = "metric", source = "objective.metric")
    @Mapping(target = "startDate", source = "objective.startDate")
    @Mapping(target = "revisions", source = "objective.revisions")
    @Mapping(target = ".", source = "inForce")
    @Mapping(target = "removeRevisionsItem", ignore = true)
    ObjectiveDto objective(ObjectiveInForce objective);

    ObjectiveRevisionDto revision(ObjectiveRevision revision);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    @Mapping(target = "removeItemsItem", ignore = true)
    ObjectivePageDto page(PageSlice<ObjectiveInForce> page);

    @Mapping(target = "objectiveId", source = "objective.id")
    @Mapping(target = "territory", source = "objective.territoryCode")
    @Mapping(target = "metric", source = "objective.metric")
    @Mapping(target = "startDate", source = "objective.startDate")
    @Mapping(target = "label", source = "inForce.label")
    @Mapping(target = "revision", source = "inForce.revision")
    @Mapping(target = "targetValue", source = "inForce.targetValue")
    @Mapping(target = "dueDate", source = "inForce.dueDate")
    @Mapping(target = ".", source = "figures")
    ObjectiveProgressDto progress(ProgressReport report);

    Metric metric(MetricDto metric);
}
