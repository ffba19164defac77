package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One round of the report: a DRAFT (初稿) or the FINAL (正式稿) version, as a PDF. */
@MappedEntity("engagement_report")
public record Report(@Id @GeneratedValue @Nullable Long id, long engagementId, int round, EngagementCommands.ReportKind kind, ReviewStatus status,
                     long documentId, @Nullable String summary, String submittedBy, Instant submittedAt,
                     @Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable String reviewComment) {
}
