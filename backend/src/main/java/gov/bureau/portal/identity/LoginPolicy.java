package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated wrong passwords lock a client out for a while. Pure: {@link SignInThrottle} stores the counters.
 * Two counters apply to every failed sign-in: one for the client (IP address) and the user name as typed
 * ({@link #maxFailures}, default 5), which locks that name for that client only, so a stranger cannot lock
 * the owner out from elsewhere; and one for the client over all names ({@link #clientMaxFailures},
 * default 20), against trying many names. Failures older than {@link #lockDuration} no longer count.
 *
 * @param maxFailures failures of one name from one client that lock it for that client (default 5)
 * @param clientMaxFailures failures from one client, any names, that lock the client out (default 20)
 * @param lockDuration how long a lock lasts, and how long a failure counts (default 15 minutes)
 */
public record LoginPolicy(int maxFailures, int clientMaxFailures, Duration lockDuration) {

    public LoginPolicy {
        if (maxFailures < 1 || clientMaxFailures < 1) {
            throw new IllegalArgumentException("the failure limits must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    public boolean isLocked(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whole minutes left, rounded up, for the message the user reads. */
    public long minutesLeft(Instant lockedUntil, Instant now) {
        long seconds = Duration.between(now, lockedUntil).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    /**
     * The counter after one more wrong password, for the given limit. A lock that has run out, or a first
     * failure older than the lock duration, starts a fresh count.
     */
    public Failure afterFailure(Counter before, Instant now, int limit) {
        boolean fresh = before.firstFailureAt() == null || before.failures() == 0
                || (before.lockedUntil() != null && !isLocked(before.lockedUntil(), now))
                || !now.isBefore(before.firstFailureAt().plus(lockDuration));
        int count = fresh ? 1 : before.failures() + 1;
        Instant first = fresh ? now : before.firstFailureAt();
        if (count >= limit) {
            return new Failure(0, now, now.plus(lockDuration), 0);
        }
        return new Failure(count, first, null, limit - count);
    }

    /** A stored counter: failures so far, since when, and a lock if one is in force. */
    public record Counter(int failures, @Nullable Instant firstFailureAt, @Nullable Instant lockedUntil) {
        public static final Counter NONE = new Counter(0, null, null);
    }

    /** @param remainingAttempts attempts left before the lock; 0 when this failure locked */
    public record Failure(int failures, Instant firstFailureAt, @Nullable Instant lockedUntil, int remainingAttempts) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
