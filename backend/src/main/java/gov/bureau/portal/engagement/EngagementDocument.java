package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A file of an engagement (work plan, report, procurement evidence): a PDF, never changed once stored. */
@MappedEntity("engagement_document")
public record EngagementDocument(@Id @GeneratedValue @Nullable Long id, long engagementId, String purpose, String fileName,
                                 String contentType, long sizeBytes, String sha256, String storageKey, String uploadedBy,
                                 @Nullable Long uploadedByAgency, Instant uploadedAt) {
}
