package gov.bureau.portal.identity;

import gov.bureau.portal.audit.JobRuns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Sessions that really end. Each sign-in opens a session; its access tokens carry the session's id
 * (claim {@value #CLAIM}) and {@link OpenSessionValidator} refuses them on every portal instance as soon as
 * the session is ended here: when the user signs out, changes their password (the other sessions), has it
 * reset, is disabled or has their roles changed. Ending a session also revokes its refresh tokens.
 */
@Singleton
public class Sessions {

    public static final String CLAIM = "sid";

    static final String SIGN_OUT = "SIGN_OUT";
    static final String REUSE = "REUSE";
    static final String ADMIN = "ADMIN";
    static final String PASSWORD = "PASSWORD";

    private final UserSessionRepository sessions;
    private final RefreshTokenRepository tokens;
    private final Clock clock;
    /** Each purge once a day across all servers. */
    @Inject
    JobRuns jobRuns;

    public Sessions(UserSessionRepository sessions, RefreshTokenRepository tokens, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The session an access token belongs to, or null for a token without one. */
    @Nullable
    public static Long idOf(@Nullable Authentication authentication) {
        Object value = authentication == null ? null : authentication.getAttributes().get(CLAIM);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && s.matches("\\d{1,18}")) {
            return Long.valueOf(s);
        }
        return null;
    }

    @Transactional
    public long start(long userId, String client, Instant now) {
        return sessions.save(new UserSession(null, userId, client, now, null, null)).id();
    }

    /** Whether a token of this session and user may still be used: the session is open, the user enabled. */
    @Transactional
    public boolean isOpen(@Nullable Long sessionId, @Nullable Long userId) {
        return sessionId != null && userId != null && sessions.isOpen(sessionId, userId);
    }

    @Transactional
    public void end(long sessionId, long userId, String cause) {
        Instant now = clock.instant();
        if (sessions.end(sessionId, userId, now, cause) > 0) {
            tokens.revokeSession(sessionId, now, cause);
        }
    }

    @Transactional
    public void endAll(long userId, String cause) {
        Instant now = clock.instant();
        sessions.endAllOf(userId, now, cause);
        tokens.revokeAllOf(userId, now, cause);
    }

    /** Ends every session of the user but the one given (the one that asked). */
    @Transactional
    public void endOthers(long userId, @Nullable Long keep, String cause) {
        if (keep == null) {
            endAll(userId, cause);
            return;
        }
        Instant now = clock.instant();
        sessions.endOthersOf(userId, keep, now, cause);
        tokens.revokeOthersOf(userId, keep, now, cause);
    }

    /** Keeps the table small: ended or expired sessions go after a day (their refresh tokens with them). */
    @Scheduled(cron = "0 27 3 * * ?")
    void scheduledPurge() {
        jobRuns.once("identity.sessions-purge", JobRuns.day(LocalDate.now(clock)), this::purge);
    }

    @Transactional
    void purge() {
        sessions.purge(clock.instant().minus(Duration.ofDays(1)));
    }
}
