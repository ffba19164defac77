package gov.bureau.portal.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InboxRepository extends CrudRepository<InboxMessage, Long> {

    Page<InboxMessage> findByUserId(long userId, Pageable pageable);

    Page<InboxMessage> findByUserIdAndReadAtIsNull(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    Optional<InboxMessage> findByIdAndUserId(long id, long userId);

    @Query("UPDATE inbox_message SET read_at = :at WHERE id = :id AND user_id = :userId AND read_at IS NULL")
    long markRead(long id, long userId, Instant at);

    @Query("UPDATE inbox_message SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
    long markAllRead(long userId, Instant at);

    @Query("SELECT id FROM app_user WHERE agency_id = :agencyId AND enabled = TRUE")
    List<Long> agencyUsers(long agencyId);

    @Query("SELECT id FROM app_user WHERE unit_id = :unitId AND enabled = TRUE")
    List<Long> unitUsers(long unitId);

    @Query("SELECT id FROM app_user WHERE enabled = TRUE AND (FIND_IN_SET('STAFF', roles) > 0 OR FIND_IN_SET('ADMIN', roles) > 0)")
    List<Long> bureauUsers();
}
