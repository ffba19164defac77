package gov.bureau.portal.identity;

import gov.bureau.portal.audit.JobRuns;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The counters of failed sign-ins (see {@link LoginPolicy}): per client and user name as typed, whether or
 * not such a user exists (so the answers do not tell), and per client. Settings: {@code portal.login.*}.
 */
@Singleton
public class SignInThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String CLIENT = "CLIENT";
    private static final int NAME_MAX = 64;

    private final SignInCounterRepository counters;
    private final LoginPolicy policy;
    private final Clock clock;
    /** Each purge once a day across all servers. */
    @Inject
    JobRuns jobRuns;

    public SignInThrottle(SignInCounterRepository counters, Clock clock,
                          @Value("${portal.login.max-failures:5}") int maxFailures,
                          @Value("${portal.login.client-max-failures:20}") int clientMaxFailures,
                          @Value("${portal.login.lock-minutes:15}") int lockMinutes) {
        this.counters = counters;
        this.clock = clock;
        this.policy = new LoginPolicy(maxFailures, clientMaxFailures, Duration.ofMinutes(lockMinutes));
    }

    public LoginPolicy policy() {
        return policy;
    }

    /** A lock in force: the whole client ({@code CLIENT}) or this name from this client ({@code ACCOUNT}). */
    public record Lock(String scope, Instant until) {
    }

    /** The result of a failure: the name's counter from this client, and the client's. */
    public record Outcome(LoginPolicy.Failure account, LoginPolicy.Failure client) {
    }

    @Transactional
    @Nullable
    public Lock lockOf(String client, String username, Instant now) {
        Instant clientLock = counters.findByScopeAndClientAndUsername(CLIENT, client, "")
                .map(SignInCounter::lockedUntil).filter(until -> policy.isLocked(until, now)).orElse(null);
        if (clientLock != null) {
            return new Lock(CLIENT, clientLock);
        }
        return counters.findByScopeAndClientAndUsername(ACCOUNT, client, name(username))
                .map(SignInCounter::lockedUntil).filter(until -> policy.isLocked(until, now))
                .map(until -> new Lock(ACCOUNT, until)).orElse(null);
    }

    @Transactional
    public Outcome failed(String client, String username, Instant now) {
        LoginPolicy.Failure account = count(ACCOUNT, client, name(username), now, policy.maxFailures());
        LoginPolicy.Failure whole = count(CLIENT, client, "", now, policy.clientMaxFailures());
        return new Outcome(account, whole);
    }

    private LoginPolicy.Failure count(String scope, String client, String name, Instant now, int limit) {
        counters.ensure(scope, client, name, now);
        SignInCounter row = counters.findByScopeAndClientAndUsernameForUpdate(scope, client, name).orElseThrow();
        LoginPolicy.Failure failure = policy.afterFailure(row.counter(), now, limit);
        counters.store(row.id(), failure.failures(), failure.firstFailureAt(), failure.lockedUntil());
        return failure;
    }

    /** A successful sign-in clears the name's counter for this client (not the client's own). */
    @Transactional
    public void succeeded(String client, String username) {
        counters.clearAccount(client, name(username));
    }

    /** An ADMIN's unlock: lifts the locks every client has on this name. */
    @Transactional
    public int unlock(String username) {
        return counters.clearName(name(username));
    }

    @Transactional
    @Nullable
    public Instant lockedUntil(String username) {
        return counters.lockedUntil(name(username), clock.instant()).orElse(null);
    }

    /** The latest lock in force on each of these names (lower-cased), for a page of users. */
    @Transactional
    public Map<String, Instant> locksAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        List<String> names = usernames.stream().map(SignInThrottle::name).toList();
        Map<String, Instant> locks = new HashMap<>();
        for (SignInCounter c : counters.locksAmong(names, clock.instant())) {
            locks.merge(c.username().toLowerCase(Locale.ROOT), c.lockedUntil(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return locks;
    }

    /** Keeps the table small: counters whose failures no longer count and whose lock has run out. */
    @Scheduled(cron = "0 37 3 * * ?")
    void scheduledPurge() {
        jobRuns.once("identity.throttle-purge", JobRuns.day(LocalDate.now(clock)), this::purge);
    }

    @Transactional
    void purge() {
        Instant now = clock.instant();
        counters.purge(now.minus(policy.lockDuration()), now);
    }

    static String name(String username) {
        String trimmed = username == null ? "" : username.trim();
        return trimmed.length() <= NAME_MAX ? trimmed : trimmed.substring(0, NAME_MAX);
    }
}
