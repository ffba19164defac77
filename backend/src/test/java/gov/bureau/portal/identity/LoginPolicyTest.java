package gov.bureau.portal.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPolicyTest {

    private final LoginPolicy policy = new LoginPolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void countsFailuresAndLocksAtTheFifth() {
        int failed = 0;
        Instant lockedUntil = null;
        for (int i = 1; i <= 4; i++) {
            LoginPolicy.Failure f = policy.afterFailure(failed, lockedUntil, now);
            assertThat(f.locked()).isFalse();
            assertThat(f.remainingAttempts()).isEqualTo(5 - i);
            failed = f.failedLogins();
        }
        LoginPolicy.Failure fifth = policy.afterFailure(failed, null, now);
        assertThat(fifth.locked()).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.isLocked(fifth.lockedUntil(), now.plusSeconds(899))).isTrue();
        assertThat(policy.isLocked(fifth.lockedUntil(), now.plusSeconds(900))).isFalse();
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        LoginPolicy.Failure f = policy.afterFailure(0, now.minusSeconds(1), now);
        assertThat(f.locked()).isFalse();
        assertThat(f.failedLogins()).isEqualTo(1);
    }

    @Test
    void minutesLeftRoundUp() {
        assertThat(policy.minutesLeft(now.plusSeconds(61), now)).isEqualTo(2);
        assertThat(policy.minutesLeft(now.plusSeconds(5), now)).isEqualTo(1);
        assertThat(policy.minutesLeft(now.plusSeconds(900), now)).isEqualTo(15);
    }
}
