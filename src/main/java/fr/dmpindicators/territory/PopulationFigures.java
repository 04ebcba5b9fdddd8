package fr.dmpindicators.territory;

import fr.dmpindicators.territory.ReferencePopulationRepository.Figure;
import fr.dmpindicators.territory.ReferencePopulationRepository.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The stored reference populations, kept in memory for as long as their version stands. Every coverage read needs
 * about a hundred figures; reading them each time was a third of such a read's work. A read now checks one number,
 * which every write of a figure changes in its own transaction, and reads the figures again only when it changed: a
 * figure set through another replica is seen by the next read here, as it was before.
 */
@ApplicationScoped
public class PopulationFigures {

    @Inject
    ReferencePopulationRepository populations;

    private volatile Figures kept;

    /** Every stored figure, as of this transaction. */
    public List<Figure> all() {
        long version = populations.version();
        Figures figures = kept;
        if (figures == null || figures.version() != version) {
            figures = populations.figures();
            kept = figures;
        }
        return figures.figures();
    }
}
