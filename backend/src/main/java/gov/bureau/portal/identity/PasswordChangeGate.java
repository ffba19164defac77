package gov.bureau.portal.identity;

import gov.bureau.portal.common.PortalException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;

import java.util.Set;

/**
 * A user signed in with a temporary password (a reset, or the generated first administrator's) may
 * only read who they are, change the password and sign out; every other API call answers 403
 * PASSWORD_CHANGE_REQUIRED. Changing the password and renewing the token lifts the gate.
 */
@ServerFilter("/api/**")
public class PasswordChangeGate implements Ordered {

    static final String CLAIM = "mcp";
    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password", "/api/logout");

    private final ErrorResponseProcessor<?> errors;

    public PasswordChangeGate(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (ALLOWED.contains(request.getPath())) {
            return null;
        }
        boolean mustChange = request.getUserPrincipal(Authentication.class)
                .map(a -> Boolean.TRUE.equals(a.getAttributes().get(CLAIM)))
                .orElse(false);
        if (!mustChange) {
            return null;
        }
        return errors.processResponse(ErrorContext.builder(request)
                .cause(new PortalException(HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED")).build(), HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
