package gov.bureau.portal.rules;

import gov.bureau.portal.common.FieldProblem;

import java.util.List;

/**
 * One editable rule table of DOMAIN.md (a **default** there): its key, its shape, its default and
 * what makes a version valid. An area declares each of its tables as a bean implementing this; the
 * {@link RuleBook} stores versions and seeds the default on first start.
 *
 * @param <T> the table's content, a {@code @Serdeable} record
 */
public interface RuleDefinition<T> {

    /** Stable key, {@code area.name}, e.g. {@code acceptance.grade-bands}. */
    String key();

    Class<T> type();

    /** The default of DOMAIN.md, published as version 1 on an empty database. */
    T defaults();

    /**
     * Problems with a proposed version that span fields (paths {@code content.<field>}). A single field's
     * limits are bean-validation annotations on the content record, which {@link RuleBook} checks first.
     */
    default List<FieldProblem> validate(T content) {
        return List.of();
    }
}
