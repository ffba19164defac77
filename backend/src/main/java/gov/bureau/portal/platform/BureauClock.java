package gov.bureau.portal.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Time as the bureau reads it. Instants are stored in UTC; calendar questions (what is today, when
 * does a deadline day end, which dates does a filter cover) are answered in the bureau's zone,
 * {@code portal.zone} (default Asia/Shanghai).
 */
@Singleton
public class BureauClock {

    private final Clock clock;
    private final ZoneId zone;

    public BureauClock(Clock clock, @Value("${portal.zone:Asia/Shanghai}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    /** An instant as the API shows it: ISO-8601 with the bureau's offset; null stays null. */
    public java.time.OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The system clock; tests replace this bean to move time. */
    @Factory
    static class ClockFactory {
        @Singleton
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
