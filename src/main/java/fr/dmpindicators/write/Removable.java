package fr.dmpindicators.write;

import fr.dmpindicators.problem.FieldError;
import java.util.Optional;

/** A {@link Register} whose items may be deleted one by one. */
public interface Removable<S> {

    /** Why the caller may not delete this item, if it may not (a 403). */
    Optional<FieldError> deletionRefusal(S stored);

    void delete(S stored);
}
