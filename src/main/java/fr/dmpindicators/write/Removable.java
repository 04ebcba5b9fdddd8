package fr.dmpindicators.write;

import java.util.OptionalLong;

/** A {@link Register} whose items may be deleted one by one. */
public interface Removable<S> {

    /** The territory a stored item belongs to: the caller must be allowed to write there to delete it. */
    String territoryOf(S stored);

    void delete(S stored);

    /**
     * The id of a stored item's creation entry when its own row traces it ({@link Register#tracesItsCreations}):
     * the entry is copied into the trail before the item is deleted. Empty when the trail holds the entry already.
     */
    default OptionalLong creationTrace(S stored) {
        return OptionalLong.empty();
    }
}
