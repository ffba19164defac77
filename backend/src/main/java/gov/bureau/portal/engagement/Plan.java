package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One round of the work plan (工作方案); team, schedule and indicators are JSON. */
@MappedEntity("engagement_plan")
public record Plan(@Id @GeneratedValue @Nullable Long id, long engagementId, int round, ReviewStatus status, String team,
                   String schedule, String indicators, String samplingCoverage, String method, @Nullable Long documentId,
                   String submittedBy, Instant submittedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
                   @Nullable String reviewComment) {
}
