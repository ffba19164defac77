package gov.bureau.portal.identity;

import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.inbox.Inbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks user name and password against the database and opens a session. A wrong password and an
 * unknown user get the same answer, counted alike by {@link SignInThrottle}; a lock keeps out the client
 * that caused it, and the ADMINs are told (inbox and audit) when an account or a client is locked.
 */
@Singleton
public class PortalAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String USERS_PAGE = "/admin/users";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final Sessions sessions;
    private final ClientAddresses clients;
    private final AuditLog audit;
    private final Inbox inbox;
    private final Clock clock;

    public PortalAuthenticationProvider(UserRepository users, PasswordHasher hasher, SignInThrottle throttle, Sessions sessions,
                                        ClientAddresses clients, AuditLog audit, Inbox inbox, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clients = clients;
        this.audit = audit;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity() == null ? "" : credentials.getIdentity().trim();
        String password = credentials.getSecret() == null ? "" : credentials.getSecret();
        if (PasswordRules.tooLong(password)) {
            return new LoginRefused(LoginRefused.PASSWORD_TOO_LONG, PasswordRules.MAX_BYTES);
        }
        String client = clients.of(request);
        Instant now = clock.instant();
        LoginPolicy policy = throttle.policy();
        SignInThrottle.Lock lock = throttle.lockOf(client, username, now);
        if (lock != null) {
            return refusedFor(lock, policy, now);
        }
        Optional<User> found = username.isEmpty() ? Optional.empty() : users.findByUsername(username);
        boolean matches;
        if (found.isPresent()) {
            matches = hasher.matches(password, found.get().getPasswordHash());
        } else {
            hasher.spendDecoyTime(password);
            matches = false;
        }
        if (!matches) {
            SignInThrottle.Outcome outcome = throttle.failed(client, username, now);
            if (outcome.account().locked()) {
                found.ifPresent(user -> accountLocked(user, client, outcome.account().lockedUntil(), policy));
                return new LoginRefused("ACCOUNT_LOCKED", policy.minutesLeft(outcome.account().lockedUntil(), now));
            }
            if (outcome.client().locked()) {
                clientLocked(client, outcome.client().lockedUntil(), policy);
                return new LoginRefused(LoginRefused.THROTTLED, policy.minutesLeft(outcome.client().lockedUntil(), now));
            }
            return new LoginRefused("BAD_CREDENTIALS"); // no count of attempts left: that would tell the name exists
        }
        User user = found.get();
        if (!user.isEnabled()) {
            return new LoginRefused("ACCOUNT_DISABLED");
        }
        throttle.succeeded(client, username);
        users.recordSuccess(user.getId(), now);
        long session = sessions.start(user.getId(), client, now);
        return UserAuthentications.of(user, session);
    }

    private static LoginRefused refusedFor(SignInThrottle.Lock lock, LoginPolicy policy, Instant now) {
        String code = SignInThrottle.CLIENT.equals(lock.scope()) ? LoginRefused.THROTTLED : "ACCOUNT_LOCKED";
        return new LoginRefused(code, policy.minutesLeft(lock.until(), now));
    }

    private void accountLocked(User user, String client, Instant until, LoginPolicy policy) {
        audit.record(Actor.SYSTEM, "ACCOUNT_LOCKED", UserService.ENTITY, user.getId(), Changes.create()
                .set("username", user.getUsername()).set("client", client).set("lockedUntil", until).toMap(),
                policy.maxFailures() + " failed sign-ins");
        notifyAdmins("inbox.identity.account-locked",
                List.of(user.getUsername(), client, policy.maxFailures(), policy.lockDuration().toMinutes()));
    }

    private void clientLocked(String client, Instant until, LoginPolicy policy) {
        audit.record(Actor.SYSTEM, "SIGN_IN_CLIENT_LOCKED", "SignInClient", client, Changes.create()
                .set("client", client).set("lockedUntil", until).toMap(),
                policy.clientMaxFailures() + " failed sign-ins");
        notifyAdmins("inbox.identity.client-locked",
                List.of(client, policy.clientMaxFailures(), policy.lockDuration().toMinutes()));
    }

    private void notifyAdmins(String titleKey, List<?> args) {
        for (Long admin : users.enabledAdminIds()) {
            inbox.notifyUser(admin, titleKey, args, null, USERS_PAGE);
        }
    }
}
