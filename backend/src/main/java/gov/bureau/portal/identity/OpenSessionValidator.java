package gov.bureau.portal.identity;

import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses an access token whose session has ended or whose user is disabled (see {@link Sessions}), on
 * every request and on every portal instance, since the state is in the database. One read by primary
 * key; token validation runs on the blocking executor
 * ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}).
 */
@Singleton
public class OpenSessionValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Sessions sessions;

    public OpenSessionValidator(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        return sessions.isOpen(asLong(claims.get(Sessions.CLAIM)), asLong(claims.get(Actor.CLAIM_USER_ID)));
    }

    private static Long asLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return null;
    }
}
