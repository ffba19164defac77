package gov.bureau.portal.credit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CreditEventRepository extends CrudRepository<CreditEvent, Long> {

    Optional<CreditEvent> findByIdForUpdate(Long id);

    List<CreditEvent> findByIdIn(java.util.Collection<Long> ids);

    /** One agency's ledger, newest first. */
    @Query("SELECT * FROM credit_event WHERE agency_id = :agencyId ORDER BY proposed_on DESC, id DESC")
    List<CreditEvent> findLedger(Long agencyId);

    /** Just what the score needs, for the events that can count now or later. */
    @Query("SELECT status, points, effective_on, expires_on FROM credit_event "
            + "WHERE agency_id = :agencyId AND status IN ('PROPOSED', 'EFFECTIVE')")
    List<FactRow> findFacts(Long agencyId);

    /** Proposed events whose objection window has passed without an objection. */
    @Query("SELECT * FROM credit_event WHERE status = 'PROPOSED' AND effective_on <= :today ORDER BY id LIMIT :limit")
    List<CreditEvent> findDue(LocalDate today, int limit);

    /**
     * The engagement's acceptance results not yet withdrawn. A plain read: the caller holds the
     * agency's credit lock, which every writer of these rows takes first, so the read is fresh (READ
     * COMMITTED) and no one else can change them. (A locking read here would lock every row the
     * optimiser happens to scan, other agencies' included, and deadlock with their writers.)
     */
    @Query("SELECT * FROM credit_event WHERE engagement_id = :engagementId AND source = 'ACCEPTANCE' "
            + "AND status <> 'WITHDRAWN' ORDER BY id")
    List<CreditEvent> findAcceptanceEvents(Long engagementId);
}
