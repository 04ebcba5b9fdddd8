package fr.dmpindicators.establishment;

import fr.dmpindicators.api.model.EstablishmentDto;
import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.problem.BeanChecks;
import fr.dmpindicators.problem.FieldError;
import fr.dmpindicators.territory.TerritoryHierarchy;
import fr.dmpindicators.write.Register;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The establishment register for the write pipeline: its rules, and upserts by FINESS number. */
@ApplicationScoped
public class EstablishmentRegister implements Register<EstablishmentDto, Registration, Establishment> {

    @Inject
    EstablishmentRepository establishments;

    @Inject
    TerritoryHierarchy territories;

    @Inject
    BeanChecks beanChecks;

    @Inject
    EstablishmentMapper mapper;

    @Override
    public Subject subject() {
        return Subject.ESTABLISHMENT;
    }

    @Override
    public String keyField() {
        return "finess";
    }

    @Override
    public String territory(EstablishmentDto item) {
        return item.getTerritory();
    }

    @Override
    public Function<EstablishmentDto, List<FieldError>> rules(List<EstablishmentDto> items) {
        return this::rules;
    }

    @Override
    public Registration command(EstablishmentDto item) {
        return mapper.command(item);
    }

    @Override
    public String key(Registration command) {
        return command.finess();
    }

    @Override
    public Collection<Establishment> findForUpdate(List<Registration> commands) {
        return establishments.findForUpdate(commands.stream().map(Registration::finess).toList());
    }

    @Override
    public Registration stateOf(Establishment stored) {
        return stored.registration();
    }

    @Override
    public Establishment create(Registration command, OffsetDateTime at) {
        Establishment establishment = new Establishment(command);
        establishments.persist(establishment);
        return establishment;
    }

    @Override
    public void replace(Establishment stored, Registration command, OffsetDateTime at) {
        stored.describeAs(command);
    }

    @Override
    public Map<String, String> description(Registration state) {
        return Map.of("name", state.name(), "category", state.category(), "territory", state.territory());
    }

    /** Every rule an establishment breaks: the contract's constraints, the FINESS rules, known codes. */
    private List<FieldError> rules(EstablishmentDto item) {
        List<FieldError> errors = new ArrayList<>(beanChecks.check(item));
        String departementOfFiness = null;
        if (item.getFiness() != null) {
            var problem = Finess.problem(item.getFiness());
            problem.ifPresent(message -> errors.add(FieldError.of("finess", message)));
            if (problem.isEmpty() && !territories.isDepartement(Finess.departementOf(item.getFiness()))) {
                errors.add(FieldError.rule("finess", "finess-departement"));
            } else if (problem.isEmpty()) {
                departementOfFiness = Finess.departementOf(item.getFiness());
            }
        }
        if (item.getCategory() != null && EstablishmentCategory.fromCode(item.getCategory()).isEmpty()) {
            errors.add(FieldError.rule("category", "unknown-category"));
        }
        if (item.getTerritory() != null && !territories.isDepartement(item.getTerritory())) {
            errors.add(FieldError.rule("territory", "unknown-departement"));
        } else if (item.getTerritory() != null && departementOfFiness != null
                && !departementOfFiness.equals(item.getTerritory())) {
            errors.add(FieldError.rule("territory", "finess-territory", departementOfFiness));
        }
        return errors;
    }
}
