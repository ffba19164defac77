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
import java.util.Optional;

/** The read model credit_standing (V4, V30): written only here, from the ledger. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StandingRepository extends GenericRepository<StandingRow, Long> {

    @Query("SELECT * FROM credit_standing WHERE agency_id IN (:agencyIds)")
    List<StandingRow> findByAgencyIds(Collection<Long> agencyIds);

    /**
     * Serialises the writers of one agency's credit: makes sure the row exists, then locks it.
     * The placeholder values are overwritten by the recomputation that follows in the same transaction.
     */
    @Query("INSERT IGNORE INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, points_in_force) "
            + "VALUES (:agencyId, :score, :grade, FALSE, :now, 0)")
    void insertIfAbsent(Long agencyId, int score, String grade, Instant now);

    @Query("SELECT agency_id FROM credit_standing WHERE agency_id = :agencyId FOR UPDATE")
    Optional<Long> lock(Long agencyId);

    @Query("UPDATE credit_standing SET score = :score, grade = :grade, points_in_force = :pointsInForce, "
            + "blacklisted = :blacklisted, blacklisted_until = :blacklistedUntil, changes_on = :changesOn, "
            + "bands_version_id = :bandsVersionId, computed_at = :now WHERE agency_id = :agencyId")
    void write(Long agencyId, int score, String grade, int pointsInForce, boolean blacklisted,
               @Nullable LocalDate blacklistedUntil, @Nullable LocalDate changesOn, long bandsVersionId, Instant now);

    /** Rows the calendar has made stale. */
    @Query("SELECT agency_id FROM credit_standing WHERE changes_on <= :today ORDER BY changes_on LIMIT :limit")
    List<Long> findStale(LocalDate today, int limit);

    /** Re-grades, in one statement, every row computed under other bands or another base. */
    @Query("UPDATE credit_standing SET "
            + "score = LEAST(100, GREATEST(0, :base + points_in_force)), "
            + "grade = CASE WHEN LEAST(100, GREATEST(0, :base + points_in_force)) >= :minA THEN 'A' "
            + "WHEN LEAST(100, GREATEST(0, :base + points_in_force)) >= :minB THEN 'B' "
            + "WHEN LEAST(100, GREATEST(0, :base + points_in_force)) >= :minC THEN 'C' ELSE 'D' END, "
            + "bands_version_id = :bandsVersionId, computed_at = :now "
            + "WHERE bands_version_id IS NULL OR bands_version_id <> :bandsVersionId")
    long regrade(int base, int minA, int minB, int minC, long bandsVersionId, Instant now);
}
