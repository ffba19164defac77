package gov.bureau.portal.identity;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Checks user name and password against the database, counting failures toward a lock. */
@Singleton
public class PortalAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    public PortalAuthenticationProvider(UserRepository users, PasswordHasher hasher, AuditLog audit, Clock clock,
                                        @Value("${portal.login.max-failures:5}") int maxFailures,
                                        @Value("${portal.login.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.policy = new LoginPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    @Override
    @Transactional
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity() == null ? "" : credentials.getIdentity().trim();
        String password = credentials.getSecret();
        Optional<User> found = username.isEmpty() ? Optional.empty() : users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.spendDecoyTime(password);
            return new LoginRefused("BAD_CREDENTIALS");
        }
        User user = found.get();
        Instant now = clock.instant();
        if (policy.isLocked(user.getLockedUntil(), now)) {
            return new LoginRefused("ACCOUNT_LOCKED", policy.minutesLeft(user.getLockedUntil(), now));
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            LoginPolicy.Failure failure = policy.afterFailure(user.getFailedLogins(), user.getLockedUntil(), now);
            users.recordFailure(user.getId(), failure.failedLogins(), failure.lockedUntil());
            if (failure.locked()) {
                audit.record(Actor.SYSTEM, "ACCOUNT_LOCKED", "User", user.getId(),
                        Changes.create().set("username", user.getUsername()).set("lockedUntil", failure.lockedUntil()).toMap(),
                        policy.maxFailures() + " failed sign-ins");
                return new LoginRefused("ACCOUNT_LOCKED", policy.minutesLeft(failure.lockedUntil(), now));
            }
            return new LoginRefused("BAD_CREDENTIALS_REMAINING", failure.remainingAttempts());
        }
        if (!user.isEnabled()) {
            return new LoginRefused("ACCOUNT_DISABLED");
        }
        users.recordSuccess(user.getId(), now);
        return UserAuthentications.of(user);
    }
}
