package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A refresh token as the server keeps it: only its SHA-256, never the token; it belongs to one session. */
@MappedEntity("refresh_token")
public record RefreshToken(@Id @GeneratedValue @Nullable Long id,
                           Long userId,
                           Long sessionId,
                           String tokenHash,
                           Instant issuedAt,
                           Instant expiresAt,
                           @Nullable Instant revokedAt,
                           @Nullable String revokeCause) {
}
