package fr.dmpindicators.write;

import fr.dmpindicators.audit.AuditEntry.Subject;
import fr.dmpindicators.problem.FieldError;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A register kept in memory, for the pipeline's own tests: an item names a shelf (its territory) and a quantity, which
 * must be given and not negative. It records what the pipeline asked of it.
 */
final class Shelf implements Register<Shelf.Item, Shelf.Quantity, Shelf.Stored>, Removable<Shelf.Stored> {

    /** An item as it arrives: either part may be missing. */
    record Item(String shelf, Integer quantity) {
    }

    /** The command: a shelf and its quantity. */
    record Quantity(String shelf, int quantity) {
    }

    /** What the shelf stores. */
    static final class Stored {
        final String shelf;
        int quantity;
        OffsetDateTime at;

        Stored(String shelf, int quantity) {
            this.shelf = shelf;
            this.quantity = quantity;
        }
    }

    final Map<String, Stored> stored = new TreeMap<>();
    final List<List<Change<Quantity>>> followed = new ArrayList<>();
    int rulesPrepared;

    Shelf with(String shelf, int quantity) {
        stored.put(shelf, new Stored(shelf, quantity));
        return this;
    }

    Map<String, Integer> quantities() {
        Map<String, Integer> quantities = new TreeMap<>();
        stored.forEach((shelf, item) -> quantities.put(shelf, item.quantity));
        return quantities;
    }

    @Override
    public Subject subject() {
        return Subject.ESTABLISHMENT;
    }

    @Override
    public String keyField() {
        return "shelf";
    }

    @Override
    public String territory(Item item) {
        return item.shelf();
    }

    @Override
    public Function<Item, List<FieldError>> rules(List<Item> items) {
        rulesPrepared++;
        return item -> {
            List<FieldError> errors = new ArrayList<>();
            if (item.shelf() == null) {
                errors.add(FieldError.of("shelf", "must not be null"));
            }
            if (item.quantity() == null || item.quantity() < 0) {
                errors.add(FieldError.of("quantity", "must be zero or more"));
            }
            return errors;
        };
    }

    @Override
    public Quantity command(Item item) {
        return new Quantity(item.shelf(), item.quantity());
    }

    @Override
    public String key(Quantity command) {
        return command.shelf();
    }

    @Override
    public Collection<Stored> findForUpdate(List<Quantity> commands) {
        return commands.stream().map(command -> stored.get(command.shelf())).filter(item -> item != null).toList();
    }

    @Override
    public Quantity stateOf(Stored item) {
        return new Quantity(item.shelf, item.quantity);
    }

    @Override
    public Stored create(Quantity command, OffsetDateTime at) {
        Stored item = new Stored(command.shelf(), command.quantity());
        item.at = at;
        stored.put(item.shelf, item);
        return item;
    }

    @Override
    public void replace(Stored item, Quantity command, OffsetDateTime at) {
        item.quantity = command.quantity();
        item.at = at;
    }

    @Override
    public Map<String, ?> description(Quantity state) {
        return Map.of("quantity", state.quantity());
    }

    @Override
    public void follow(List<Change<Quantity>> changes) {
        followed.add(changes);
    }

    @Override
    public String territoryOf(Stored item) {
        return item.shelf;
    }

    @Override
    public void delete(Stored item) {
        stored.remove(item.shelf);
    }
}
