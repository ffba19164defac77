package gov.bureau.portal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** @return 1 when this call revoked the token, 0 when it was already revoked */
    @Query("UPDATE refresh_token SET revoked_at = :at, revoke_cause = :cause WHERE id = :id AND revoked_at IS NULL")
    int revoke(Long id, Instant at, String cause);

    @Query("UPDATE refresh_token SET revoked_at = :at, revoke_cause = :cause WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(Long userId, Instant at, String cause);

    @Query("UPDATE refresh_token SET revoked_at = :at, revoke_cause = :cause WHERE session_id = :sessionId AND revoked_at IS NULL")
    int revokeSession(Long sessionId, Instant at, String cause);

    @Query("UPDATE refresh_token SET revoked_at = :at, revoke_cause = :cause "
            + "WHERE user_id = :userId AND session_id <> :keep AND revoked_at IS NULL")
    int revokeOthersOf(Long userId, Long keep, Instant at, String cause);

    @Query("DELETE FROM refresh_token WHERE expires_at < :before")
    int deleteExpired(Instant before);
}
