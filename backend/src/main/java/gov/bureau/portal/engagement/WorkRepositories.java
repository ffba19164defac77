package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Repositories of the agency's work: plans, reports, coordination issues. */
final class WorkRepositories {

    private WorkRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PlanRepository extends CrudRepository<Plan, Long> {

        List<Plan> findByEngagementIdOrderByRound(long engagementId);

        @Query("UPDATE engagement_plan SET status = :status, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt, "
                + "review_comment = :comment WHERE id = :id")
        void review(long id, ReviewStatus status, String reviewedBy, Instant reviewedAt, @Nullable String comment);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ReportRepository extends CrudRepository<Report, Long> {

        List<Report> findByEngagementIdOrderByRound(long engagementId);

        @Query("UPDATE engagement_report SET status = :status, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt, "
                + "review_comment = :comment WHERE id = :id")
        void review(long id, ReviewStatus status, String reviewedBy, Instant reviewedAt, @Nullable String comment);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface IssueRepository extends CrudRepository<CoordinationIssue, Long> {

        List<CoordinationIssue> findByEngagementIdOrderByRaisedAt(long engagementId);

        @Query("UPDATE coordination_issue SET resolution = :resolution, resolved_by_name = :resolvedBy, resolved_at = :at "
                + "WHERE id = :id AND resolved_at IS NULL")
        long resolve(long id, String resolution, String resolvedBy, Instant at);
    }
}
