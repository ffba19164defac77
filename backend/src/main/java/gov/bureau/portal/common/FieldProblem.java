package gov.bureau.portal.common;

/**
 * One field's problem, as a message key with arguments. Pure rule classes return these; the web
 * layer renders them in the caller's language.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
}
