package gov.bureau.portal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserSessionRepository extends CrudRepository<UserSession, Long> {

    /** The check made on every request: two primary-key reads. */
    @Query("SELECT COUNT(*) > 0 FROM user_session s JOIN app_user u ON u.id = s.user_id "
            + "WHERE s.id = :id AND s.user_id = :userId AND s.ended_at IS NULL AND u.enabled = TRUE")
    boolean isOpen(Long id, Long userId);

    @Query("UPDATE user_session SET ended_at = :at, end_cause = :cause WHERE id = :id AND user_id = :userId AND ended_at IS NULL")
    int end(Long id, Long userId, Instant at, String cause);

    @Query("UPDATE user_session SET ended_at = :at, end_cause = :cause WHERE user_id = :userId AND ended_at IS NULL")
    int endAllOf(Long userId, Instant at, String cause);

    @Query("UPDATE user_session SET ended_at = :at, end_cause = :cause WHERE user_id = :userId AND id <> :keep AND ended_at IS NULL")
    int endOthersOf(Long userId, Long keep, Instant at, String cause);

    /** Sessions that ended, or whose refresh tokens all expired, before the given time (their tokens go too). */
    @Query("DELETE FROM user_session WHERE started_at < :before AND (ended_at IS NOT NULL OR NOT EXISTS "
            + "(SELECT 1 FROM refresh_token t WHERE t.session_id = user_session.id AND t.expires_at >= :before))")
    int purge(Instant before);
}
