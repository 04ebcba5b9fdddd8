package fr.dmpindicators.write;

/** A {@link Register} whose items may be deleted one by one. */
public interface Removable<S> {

    /** The territory a stored item belongs to: the caller must be allowed to write there to delete it. */
    String territoryOf(S stored);

    void delete(S stored);
}
