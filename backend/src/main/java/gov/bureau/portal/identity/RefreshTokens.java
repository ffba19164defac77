package gov.bureau.portal.identity;

import gov.bureau.portal.audit.JobRuns;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.common.PortalException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Refresh tokens kept in the database: each is single-use (a refresh rotates it), expires, belongs to
 * one session ({@link Sessions}) and is refused once that session has ended. Presenting a token that was
 * already rotated ends every session of that user, since one of the two holders is not the user.
 */
@Singleton
public class RefreshTokens implements RefreshTokenPersistence {

    static final String ROTATED = "ROTATED";

    private final RefreshTokenRepository tokens;
    private final UserRepository users;
    private final Sessions sessions;
    private final Clock clock;
    /** Each purge once a day across all servers. */
    @Inject
    JobRuns jobRuns;
    private final Duration lifetime;
    private final ExecutorService blocking;
    private final RefreshTokenValidator validator;

    public RefreshTokens(RefreshTokenRepository tokens, UserRepository users, Sessions sessions, Clock clock,
                         RefreshTokenValidator validator,
                         @Value("${portal.refresh-token.lifetime-days:7}") int lifetimeDays,
                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
        this.lifetime = Duration.ofDays(lifetimeDays);
        this.blocking = blocking;
        this.validator = validator;
    }

    @Override
    @EventListener
    @Transactional
    public void persistToken(RefreshTokenGeneratedEvent event) {
        Long userId = Actor.of(event.getAuthentication()).userId();
        Long sessionId = Sessions.idOf(event.getAuthentication());
        if (userId == null || sessionId == null) {
            throw new IllegalStateException("a refresh token is issued only within a session of a user");
        }
        Instant now = clock.instant();
        tokens.save(new RefreshToken(null, userId, sessionId, sha256(event.getRefreshToken()), now, now.plus(lifetime), null, null));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> {
            Authentication authentication = redeem(refreshToken);
            if (authentication == null) {
                throw invalid();
            }
            return authentication;
        }, blocking));
    }

    /**
     * Spends the token: valid once, within an open session of an enabled user. Answers null for an
     * invalid token rather than throwing, so that the revocations decided here commit.
     */
    @Transactional
    Authentication redeem(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken token = tokens.findByTokenHash(sha256(refreshToken)).orElse(null);
        if (token == null) {
            return null;
        }
        if (token.revokedAt() != null) {
            if (ROTATED.equals(token.revokeCause())) {
                sessions.endAll(token.userId(), Sessions.REUSE);
            }
            return null;
        }
        if (!now.isBefore(token.expiresAt()) || !sessions.isOpen(token.sessionId(), token.userId())
                || tokens.revoke(token.id(), now, ROTATED) != 1) {
            return null; // expired, its session ended, or a concurrent refresh spent it first
        }
        return users.findById(token.userId()).filter(User::isEnabled)
                .map(u -> UserAuthentications.authentication(u, token.sessionId())).orElse(null);
    }

    /** The session of a refresh token the user holds (verified signature, known token), if it is the user's. */
    @Transactional
    public java.util.Optional<Long> sessionOf(Long userId, String refreshToken) {
        return validator.validate(refreshToken)
                .flatMap(key -> tokens.findByTokenHash(sha256(key)))
                .filter(t -> t.userId().equals(userId))
                .map(RefreshToken::sessionId);
    }

    /** Keeps the table small: expired tokens are useless after a day's grace. */
    @Scheduled(cron = "0 17 3 * * ?")
    void scheduledPurgeExpired() {
        jobRuns.once("identity.tokens-purge", JobRuns.day(LocalDate.now(clock)), this::purgeExpired);
    }

    @Transactional
    void purgeExpired() {
        tokens.deleteExpired(clock.instant().minus(Duration.ofDays(1)));
    }

    static PortalException invalid() {
        return new PortalException(HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN");
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
