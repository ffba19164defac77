package gov.bureau.portal.common;

import java.util.List;

/**
 * A form whose field rules the server publishes to the browser ({@code GET /api/forms/{name}}), so that
 * the browser checks what the server checks, with the server's messages, from one definition: the
 * jakarta constraints of the request record {@link #type()}, plus what {@link #submissionNeeds()}
 * reports (fields a submission needs beyond saving, e.g. a profile's completeness) and the
 * {@link #extraRules()} that depend on data (a score's item maximum).
 */
public interface PublishedForm {

    String name();

    Class<? extends Record> type();

    /** Fields a submission needs, as the server's own submission check reports them for an empty form. */
    default List<FieldProblem> submissionNeeds() {
        return List.of();
    }

    /** Rules the constraints cannot say; a message's {@code {0}} is filled by the browser from the data. */
    default List<FormRules.Rule> extraRules() {
        return List.of();
    }
}
