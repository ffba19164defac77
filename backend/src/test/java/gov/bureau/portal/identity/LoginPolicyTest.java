package gov.bureau.portal.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPolicyTest {

    private final LoginPolicy policy = new LoginPolicy(5, 20, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

    private LoginPolicy.Counter counter(LoginPolicy.Failure f) {
        return new LoginPolicy.Counter(f.failures(), f.firstFailureAt(), f.lockedUntil());
    }

    @Test
    void countsFailuresAndLocksAtTheFifth() {
        LoginPolicy.Counter c = LoginPolicy.Counter.NONE;
        for (int i = 1; i <= 4; i++) {
            LoginPolicy.Failure f = policy.afterFailure(c, now, policy.maxFailures());
            assertThat(f.locked()).isFalse();
            assertThat(f.remainingAttempts()).isEqualTo(5 - i);
            c = counter(f);
        }
        LoginPolicy.Failure fifth = policy.afterFailure(c, now, policy.maxFailures());
        assertThat(fifth.locked()).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.isLocked(fifth.lockedUntil(), now.plusSeconds(899))).isTrue();
        assertThat(policy.isLocked(fifth.lockedUntil(), now.plusSeconds(900))).isFalse();
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        LoginPolicy.Failure f = policy.afterFailure(new LoginPolicy.Counter(0, now.minusSeconds(901), now.minusSeconds(1)), now,
                policy.maxFailures());
        assertThat(f.locked()).isFalse();
        assertThat(f.failures()).isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheLockDurationNoLongerCount() {
        LoginPolicy.Counter old = new LoginPolicy.Counter(4, now.minus(Duration.ofMinutes(15)), null);
        LoginPolicy.Failure f = policy.afterFailure(old, now, policy.maxFailures());
        assertThat(f.locked()).isFalse();
        assertThat(f.failures()).isEqualTo(1);
        assertThat(f.firstFailureAt()).isEqualTo(now);
        LoginPolicy.Counter recent = new LoginPolicy.Counter(4, now.minus(Duration.ofMinutes(14)), null);
        assertThat(policy.afterFailure(recent, now, policy.maxFailures()).locked()).isTrue();
    }

    @Test
    void theClientLimitIsItsOwn() {
        LoginPolicy.Counter c = new LoginPolicy.Counter(18, now.minusSeconds(60), null);
        LoginPolicy.Failure nineteenth = policy.afterFailure(c, now, policy.clientMaxFailures());
        assertThat(nineteenth.locked()).isFalse();
        assertThat(policy.afterFailure(counter(nineteenth), now, policy.clientMaxFailures()).locked()).isTrue();
    }

    @Test
    void minutesLeftRoundUp() {
        assertThat(policy.minutesLeft(now.plusSeconds(61), now)).isEqualTo(2);
        assertThat(policy.minutesLeft(now.plusSeconds(5), now)).isEqualTo(1);
        assertThat(policy.minutesLeft(now.plusSeconds(900), now)).isEqualTo(15);
    }
}
