package fr.dmpindicators.dashboard;

import fr.dmpindicators.api.model.DashboardDto;
import fr.dmpindicators.indicator.IndicatorMapper;
import fr.dmpindicators.objective.ObjectiveMapper;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The dashboard card as the contract's model in the answer's language, its parts mapped as the indicators and
 * objectives map them. The
 * generated model's {@code removeObjectivesItem} looks like a fluent setter to MapStruct (mapstruct#3072): ignored.
 */
@Mapper(uses = {IndicatorMapper.class, ObjectiveMapper.class})
public interface DashboardMapper {

    @Mapping(target = "removeObjectivesItem", ignore = true)
    DashboardDto card(Card card, @Context Locale locale);
}
