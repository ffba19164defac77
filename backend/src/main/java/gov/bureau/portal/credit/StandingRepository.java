package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The read model credit_standing (V4, V30, V45): written only by the credit area, from the ledger.
 * Other areas may read it (CONTRIBUTING.md "Credit"); every agency admitted to the pool has a row.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StandingRepository extends GenericRepository<StandingRow, Long> {

    @Query("SELECT * FROM credit_standing WHERE agency_id IN (:agencyIds)")
    List<StandingRow> findByAgencyIds(Collection<Long> agencyIds);

    /**
     * Serialises the writers of one agency's credit: takes the row's exclusive lock in one statement,
     * creating the row (with the base standing, overwritten by the recomputation that follows) if the
     * agency has none yet. {@code ON DUPLICATE KEY UPDATE} locks an existing row exclusively at once,
     * where {@code INSERT IGNORE} would take a shared lock that two writers then both try to upgrade
     * (a deadlock).
     */
    @Query("INSERT INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, points_in_force, bands_version_id) "
            + "VALUES (:agencyId, :score, :grade, FALSE, :now, 0, :bandsVersionId) ON DUPLICATE KEY UPDATE agency_id = agency_id")
    void lock(Long agencyId, int score, String grade, long bandsVersionId, Instant now);

    /** Whether the agency has a row (a plain read: it takes no lock). */
    @Query("SELECT COUNT(*) FROM credit_standing WHERE agency_id = :agencyId")
    long countByAgencyId(Long agencyId);

    /** A new member of the pool: its row with the base standing, unless it has one (a reinstated agency). */
    @Query("INSERT IGNORE INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, points_in_force, bands_version_id) "
            + "VALUES (:agencyId, :score, :grade, FALSE, :now, 0, :bandsVersionId)")
    void open(Long agencyId, int score, String grade, long bandsVersionId, Instant now);

    @Query("UPDATE credit_standing SET score = :score, grade = :grade, points_in_force = :pointsInForce, "
            + "blacklisted = :blacklisted, blacklisted_until = :blacklistedUntil, changes_on = :changesOn, "
            + "bands_version_id = :bandsVersionId, computed_at = :now WHERE agency_id = :agencyId")
    void write(Long agencyId, int score, String grade, int pointsInForce, boolean blacklisted,
               @Nullable LocalDate blacklistedUntil, @Nullable LocalDate changesOn, long bandsVersionId, Instant now);

    /** Whether the row is stale by the calendar (read after its lock, it tells whether another reader refreshed it meanwhile). */
    @Query("SELECT COUNT(*) FROM credit_standing WHERE agency_id = :agencyId AND changes_on <= :today")
    long countStale(Long agencyId, LocalDate today);

    /** Rows the calendar has made stale, in the order of their ids (the order in which writers of many rows lock them). */
    @Query("SELECT agency_id FROM credit_standing WHERE changes_on <= :today ORDER BY agency_id LIMIT :limit")
    List<Long> findStale(LocalDate today, int limit);

    /** Re-grades, in one statement, every row computed under other bands or another base. */
    @Query("UPDATE credit_standing SET "
            + "score = LEAST(100, GREATEST(0, :base + points_in_force)), "
            + "grade = CASE WHEN LEAST(100, GREATEST(0, :base + points_in_force)) >= :minA THEN 'A' "
            + "WHEN LEAST(100, GREATEST(0, :base + points_in_force)) >= :minB THEN 'B' "
            + "WHEN LEAST(100, GREATEST(0, :base + points_in_force)) >= :minC THEN 'C' ELSE 'D' END, "
            + "bands_version_id = :bandsVersionId, computed_at = :now "
            + "WHERE bands_version_id <> :bandsVersionId")
    long regrade(int base, int minA, int minB, int minC, long bandsVersionId, Instant now);
}
