package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SignInCounterRepository extends GenericRepository<SignInCounter, Long> {

    Optional<SignInCounter> findByScopeAndClientAndUsername(String scope, String client, String username);

    Optional<SignInCounter> findByScopeAndClientAndUsernameForUpdate(String scope, String client, String username);

    /** Makes sure the counter's row exists, so that concurrent failures can lock it and count in turn. */
    @Query("INSERT INTO sign_in_throttle (scope, client, username, failures, first_failure_at, locked_until) "
            + "VALUES (:scope, :client, :username, 0, :at, NULL) ON DUPLICATE KEY UPDATE failures = failures")
    void ensure(String scope, String client, String username, Instant at);

    @Query("UPDATE sign_in_throttle SET failures = :failures, first_failure_at = :first, locked_until = :lockedUntil WHERE id = :id")
    void store(Long id, int failures, Instant first, @Nullable Instant lockedUntil);

    @Query("DELETE FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND client = :client AND username = :username")
    void clearAccount(String client, String username);

    /** Lifts every client's lock on the name (an ADMIN's unlock). */
    @Query("DELETE FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND username = :username")
    int clearName(String username);

    @Query("SELECT * FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND username IN (:usernames) AND locked_until > :now")
    List<SignInCounter> locksAmong(Collection<String> usernames, Instant now);

    @Query("SELECT MAX(locked_until) FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND username = :username AND locked_until > :now")
    Optional<Instant> lockedUntil(String username, Instant now);

    @Query("DELETE FROM sign_in_throttle WHERE first_failure_at < :before AND (locked_until IS NULL OR locked_until < :now)")
    int purge(Instant before, Instant now);
}
