package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated wrong passwords lock an account for a while. Pure: the service stores the counters.
 *
 * @param maxFailures failures in a row that lock the account (default 5)
 * @param lockDuration how long it stays locked (default 15 minutes)
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
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
     * The counters after one more wrong password. A lock that has run out starts a fresh count.
     */
    public Failure afterFailure(int failedBefore, @Nullable Instant lockedUntil, Instant now) {
        int count = (lockedUntil != null && !isLocked(lockedUntil, now)) ? 1 : failedBefore + 1;
        if (count >= maxFailures) {
            return new Failure(0, now.plus(lockDuration), 0);
        }
        return new Failure(count, null, maxFailures - count);
    }

    /** @param remainingAttempts attempts left before the lock; 0 when this failure locked the account */
    public record Failure(int failedLogins, @Nullable Instant lockedUntil, int remainingAttempts) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
