package gov.bureau.portal.acceptance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The acceptance area's repositories. */
final class AcceptanceRepositories {

    private AcceptanceRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface FeeAccountRepository extends CrudRepository<FeeAccount, Long> {

        /** The account with its row locked (SELECT ... FOR UPDATE): payments and scorings serialise on it. */
        Optional<FeeAccount> findByEngagementIdForUpdate(Long engagementId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface AcceptanceRepository extends CrudRepository<Acceptance, Long> {

        List<Acceptance> findByEngagementIdOrderByRound(long engagementId);

        @Query("UPDATE acceptance SET superseded_at = :at, superseded_reason = :reason WHERE id = :id AND superseded_at IS NULL")
        void supersede(long id, Instant at, String reason);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ScoreRepository extends CrudRepository<AcceptanceScore, AcceptanceScore.Key> {

        @Query("SELECT * FROM acceptance_score WHERE acceptance_id = :acceptanceId ORDER BY position")
        List<AcceptanceScore> findByAcceptance(long acceptanceId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PaymentRepository extends CrudRepository<Payment, Long> {

        @Query("SELECT * FROM payment WHERE engagement_id = :engagementId ORDER BY paid_on, id")
        List<Payment> findByEngagement(long engagementId);

        /** Payments and recoveries, i.e. money moved against an acceptance (advances come before it). */
        @Query("SELECT COUNT(*) FROM payment WHERE engagement_id = :engagementId AND kind <> 'ADVANCE'")
        long countAgainstAcceptance(long engagementId);
    }
}
