package fr.dmpindicators.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * Ids for entities inserted in bulk, outside Hibernate's session: drawn from the entity's own generator, so they
 * share its blocks of the sequence (V5) with any entity Hibernate persists, and no id is handed out twice.
 */
@ApplicationScoped
public class SequenceIds {

    @Inject
    EntityManager entityManager;

    /** The next {@code count} ids of the entity class, one sequence call per block. */
    public long[] next(Class<?> entityClass, int count) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        IdentifierGenerator generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entityClass).getGenerator();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) generator.generate(session, null)).longValue();
        }
        return ids;
    }
}
