package gov.bureau.portal.identity;

import gov.bureau.portal.common.PortalException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/**
 * The bearer login answer of Micronaut Security, with two changes: a refresh issues a new refresh
 * token (rotation; the old one was spent by {@link RefreshTokens}), and a refused sign-in says why
 * in the API's error shape: 401, 429 for a client locked out, 422 on {@code password} for one longer
 * than bcrypt reads.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
@Requires(property = "micronaut.security.authentication", value = "bearer")
public class TokenLoginHandler extends AccessRefreshTokenLoginHandler {

    public TokenLoginHandler(AccessRefreshTokenGenerator generator) {
        super(generator);
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return loginSuccess(authentication, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (failure instanceof LoginRefused refused) {
            if (LoginRefused.PASSWORD_TOO_LONG.equals(refused.code())) {
                throw PortalException.invalid("password", "validation.password-too-long", refused.args());
            }
            HttpStatus status = LoginRefused.THROTTLED.equals(refused.code()) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
            throw new PortalException(status, refused.code(), refused.args());
        }
        throw new PortalException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS");
    }
}
