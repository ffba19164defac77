package gov.bureau.portal.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes every error response of the server (framework errors and the portal's own) in the one
 * shape of API.md, in the caller's language, never exposing exception text, SQL or class names.
 */
@Singleton
@Primary
public class ApiErrorProcessor implements ErrorResponseProcessor<ApiError> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorProcessor.class);

    private final Messages messages;
    private final ValidationMessages validationMessages;

    public ApiErrorProcessor(Messages messages, ValidationMessages validationMessages) {
        this.messages = messages;
        this.validationMessages = validationMessages;
    }

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Locale locale = Messages.localeOf(request);
        Throwable cause = context.getRootCause().orElse(null);
        ApiError error = toError(locale, response.status(), cause);
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ApiError> typed = (MutableHttpResponse<ApiError>) response;
        typed.status(error.status());
        if (request.getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        return typed.body(error).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    ApiError toError(Locale locale, HttpStatus status, Throwable cause) {
        if (cause instanceof PortalException p) {
            List<ApiError.FieldError> fields = p.fieldProblems().stream()
                    .map(f -> new ApiError.FieldError(f.field(), render(locale, f)))
                    .toList();
            return error(locale, p.status(), p.code(), fields, p.args());
        }
        if (cause instanceof ConstraintViolationException cve) {
            List<ApiError.FieldError> fields = new ArrayList<>();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                fields.add(new ApiError.FieldError(ValidationMessages.fieldOf(v), validationMessages.render(locale, v)));
            }
            fields.sort(Comparator.comparing(ApiError.FieldError::field));
            return error(locale, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", fields);
        }
        if (cause instanceof ConversionErrorException cee) {
            java.util.Optional<String> property = propertyPath(cee);
            if (property.isEmpty() && cee.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)) {
                return error(locale, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", List.of());
            }
            String field = property.orElse(cee.getArgument().getName());
            return error(locale, HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                    List.of(new ApiError.FieldError(field, messages.get(locale, "validation.invalid-value"))), field);
        }
        if (cause instanceof UnsatisfiedArgumentException uae) {
            String field = uae.getArgument().getName();
            return error(locale, HttpStatus.BAD_REQUEST, "MISSING_VALUE",
                    List.of(new ApiError.FieldError(field, messages.get(locale, "validation.required"))), field);
        }
        if (cause instanceof OptimisticLockException) {
            return error(locale, HttpStatus.CONFLICT, "STALE_VERSION", List.of());
        }
        if (cause instanceof AuthorizationException ae) {
            return ae.isForbidden()
                    ? error(locale, HttpStatus.FORBIDDEN, "FORBIDDEN", List.of())
                    : error(locale, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", List.of());
        }
        if (cause instanceof AuthenticationException) {
            return error(locale, HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", List.of());
        }
        if (status.getCode() == 400 && cause != null && isJsonProblem(cause)) {
            return error(locale, HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", List.of());
        }
        if (status.getCode() >= 500 && cause != null && DatabaseUnavailable.causes(cause)) {
            LOG.warn("The database is unavailable: {}", cause.toString());
            return error(locale, HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", List.of());
        }
        if (status.getCode() >= 500) {
            if (cause != null) {
                LOG.error("Unhandled error answered with {}", status.getCode(), cause);
            }
            return error(locale, status, "INTERNAL_ERROR", List.of());
        }
        return error(locale, status, codeFor(status), List.of());
    }

    private ApiError error(Locale locale, HttpStatus status, String code, List<ApiError.FieldError> fields, Object... args) {
        String key = "error." + code;
        String message = messages.has(key) ? messages.get(locale, key, args) : messages.get(locale, "error." + codeFor(status));
        return new ApiError(status.getCode(), code, message, fields);
    }

    /** The JSON property whose value could not be read, e.g. {@code roles} for an unknown role. */
    private static java.util.Optional<String> propertyPath(Throwable cause) {
        List<String> names = new ArrayList<>();
        for (Throwable t = cause; t != null && names.size() < 10; t = t.getCause()) {
            if (t instanceof io.micronaut.serde.exceptions.InvalidPropertyFormatException ipf && ipf.getArgument() != null) {
                names.add(ipf.getArgument().getName());
            }
        }
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(".", names));
    }

    private static boolean isJsonProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("Json") || name.contains("Serde") || name.contains("Jackson")) {
                return true;
            }
        }
        return false;
    }

    static String codeFor(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 422 -> "VALIDATION_FAILED";
            case 429 -> "TOO_MANY_REQUESTS";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    /** A problem's message; an argument that is itself a problem (the filing form's cell wraps the field's) is rendered first. */
    private String render(Locale locale, FieldProblem f) {
        Object[] args = f.args() == null ? null : java.util.Arrays.stream(f.args())
                .map(a -> a instanceof FieldProblem inner ? render(locale, inner) : a).toArray();
        return messages.get(locale, f.messageKey(), args);
    }
}
