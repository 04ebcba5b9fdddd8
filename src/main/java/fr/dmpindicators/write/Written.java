package fr.dmpindicators.write;

/** What the pipeline did with one accepted item, and the item as stored (none for a creation on a dry run). */
public record Written<S>(Outcome outcome, S stored) {
}
