package fr.dmpindicators.population;

import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.calendar.Today;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.territory.ReferencePopulation;
import fr.dmpindicators.territory.ReferencePopulationRepository;
import fr.dmpindicators.write.Register;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reference populations for the write pipeline: one figure per territory and year, set or replaced. */
@ApplicationScoped
public class PopulationRegister implements Register<PopulationInput, PopulationFigure, ReferencePopulation> {

    @Inject
    ReferencePopulationRepository populations;

    @Inject
    BeanChecks beanChecks;

    @Inject
    Today today;

    @Inject
    PopulationMapper mapper;

    @Override
    public Subject subject() {
        return Subject.REFERENCE_POPULATION;
    }

    @Override
    public String keyField() {
        return "year";
    }

    @Override
    public String territory(PopulationInput item) {
        return item.territory();
    }

    @Override
    public Function<PopulationInput, List<FieldError>> rules(List<PopulationInput> items) {
        return this::rules;
    }

    @Override
    public PopulationFigure command(PopulationInput item) {
        return mapper.command(item);
    }

    @Override
    public String key(PopulationFigure command) {
        return command.territory() + "|" + command.year();
    }

    @Override
    public Collection<ReferencePopulation> findForUpdate(List<PopulationFigure> commands) {
        return commands.stream()
                .flatMap(figure -> populations.findByIdOptional(
                        new ReferencePopulation.Key(figure.territory(), figure.year()),
                        LockModeType.PESSIMISTIC_WRITE).stream())
                .toList();
    }

    @Override
    public PopulationFigure stateOf(ReferencePopulation stored) {
        return new PopulationFigure(stored.territoryCode, stored.year, stored.population, stored.source);
    }

    @Override
    public ReferencePopulation create(PopulationFigure command, OffsetDateTime at) {
        ReferencePopulation population = new ReferencePopulation(command.territory(), command.year(),
                command.population(), command.source());
        populations.persist(population);
        populations.changed();
        return population;
    }

    @Override
    public void replace(ReferencePopulation stored, PopulationFigure command, OffsetDateTime at) {
        stored.population = command.population();
        stored.source = command.source();
        populations.changed();
    }

    @Override
    public Map<String, Object> description(PopulationFigure state) {
        return Map.of("population", state.population(), "source", state.source());
    }

    /** The contract's constraints on the figure, and no year after the current one. */
    private List<FieldError> rules(PopulationInput item) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(item.figure()));
        if (item.year() > today.date().getYear()) {
            errors.add(FieldError.rule("year", "future-year"));
        }
        return errors;
    }
}
