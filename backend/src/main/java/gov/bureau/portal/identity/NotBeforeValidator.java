package gov.bureau.portal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Refuses a token used before its {@code nbf}. Micronaut's own not-before validator allows no clock skew:
 * with two portal instances a token minted by one would be refused by another whose clock is a few
 * milliseconds behind. This one allows {@code portal.token.clock-skew-seconds} (default 30).
 */
@Singleton
public class NotBeforeValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Clock clock;
    private final Duration skew;

    public NotBeforeValidator(Clock clock, @Value("${portal.token.clock-skew-seconds:30}") int skewSeconds) {
        this.clock = clock;
        this.skew = Duration.ofSeconds(skewSeconds);
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Date notBefore = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims).getNotBeforeTime();
        return valid(notBefore == null ? null : notBefore.toInstant(), clock.instant(), skew);
    }

    static boolean valid(@Nullable Instant notBefore, Instant now, Duration skew) {
        return notBefore == null || !now.plus(skew).isBefore(notBefore);
    }
}
