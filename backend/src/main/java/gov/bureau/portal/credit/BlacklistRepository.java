package gov.bureau.portal.credit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BlacklistRepository extends CrudRepository<BlacklistEntry, Long> {

    @Query("SELECT * FROM credit_blacklist_entry WHERE agency_id = :agencyId ORDER BY start_on DESC, id DESC")
    List<BlacklistEntry> findHistory(Long agencyId);

    /** The entries that are on the list on {@code today} (normally at most one). */
    @Query("SELECT * FROM credit_blacklist_entry WHERE agency_id = :agencyId AND start_on <= :today "
            + "AND until_on >= :today AND (lifted_on IS NULL OR lifted_on > :today) ORDER BY until_on DESC")
    List<BlacklistEntry> findActive(Long agencyId, LocalDate today);

    List<BlacklistEntry> findByIdIn(java.util.Collection<Long> ids);

    @Query("SELECT event_id FROM credit_blacklist_entry WHERE event_id IN (:eventIds)")
    List<Long> findDecidedEventIds(java.util.Collection<Long> eventIds);
}
