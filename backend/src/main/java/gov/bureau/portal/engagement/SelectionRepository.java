package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SelectionRepository extends CrudRepository<Selection, Long> {

    List<Selection> findByEngagementIdOrderByRound(long engagementId);

    @Query("UPDATE engagement_selection SET status = :status, answered_by = :answeredBy, answered_at = :answeredAt, "
            + "no_conflict_declared = :noConflict, decline_reason = :declineReason WHERE id = :id")
    void answer(long id, String status, String answeredBy, Instant answeredAt, @Nullable Boolean noConflict,
                @Nullable String declineReason);

    @Query("UPDATE engagement_selection SET status = 'CANCELLED' WHERE engagement_id = :engagementId AND status = 'PENDING'")
    void cancelPending(long engagementId);
}
