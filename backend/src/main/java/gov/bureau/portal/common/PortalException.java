package gov.bureau.portal.common;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A failure the client can act on. It carries a stable code and a message key; the message is
 * rendered in the caller's language when the response is written.
 */
public class PortalException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] args;
    private final List<FieldProblem> fieldProblems;

    public PortalException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public PortalException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public HttpStatus status() {
        return status;
    }

    /** Stable machine-readable code, e.g. {@code STATE_CONFLICT}; also the message key {@code error.<code>}. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public static PortalException notFound() {
        return new PortalException(HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    public static PortalException forbidden() {
        return new PortalException(HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    /** A state transition that is not allowed now, or a stale version: 409. */
    public static PortalException conflict(String code, Object... args) {
        return new PortalException(HttpStatus.CONFLICT, code, args);
    }

    /**
     * A request that is wrong on its own, field by field (missing, wrong type or unknown value, outside
     * its declared bounds): 400 with the fields concerned, like a bean-validation failure. CONTRIBUTING,
     * "400 or 422".
     */
    public static PortalException malformed(List<FieldProblem> problems) {
        return new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems);
    }

    public static PortalException malformed(String field, String messageKey, Object... args) {
        return malformed(List.of(new FieldProblem(field, messageKey, args)));
    }

    /** A well-formed request that breaks a rule of the domain (stored state, rule tables, relations): 422. */
    public static PortalException invalid(List<FieldProblem> problems) {
        return new PortalException(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", problems);
    }

    public static PortalException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldProblem(field, messageKey, args)));
    }
}
