package fr.dmpindicators.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The filters of a search, each optional: a filter given adds its condition to the where clause and its value to the
 * parameters; one left out (null) keeps everything. The search answers one page of what matches, with the count.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Keeps what meets {@code condition} (a query condition naming the parameter {@code :name}), if value is given. */
    public Filters and(String condition, String name, Object value) {
        return and(condition, name, value, Function.identity());
    }

    /** The same, binding {@code bound(value)} rather than the value itself (a pattern, a time from a date…). */
    public <T> Filters and(String condition, String name, T value, Function<? super T, ?> bound) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, bound.apply(value));
        }
        return this;
    }

    /** One page, 0-based, of the entities meeting every filter given, in this order, and how many meet them in all. */
    public <E> PageSlice<E> page(PanacheRepositoryBase<E, ?> repository, Sort sort, int page, int size) {
        PanacheQuery<E> query = repository.find(String.join(" and ", conditions), sort, parameters)
                .page(Page.of(page, size));
        return new PageSlice<>(query.list(), page, size, query.count());
    }
}
