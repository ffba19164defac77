package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An uploaded proof document (证明材料). The file never changes; {@code attached} = in the profile in force. */
@MappedEntity("agency_document")
public record AgencyDocument(@Id @GeneratedValue @Nullable Long id, long agencyId, DocumentCategory category,
                             String fileName, String contentType, long sizeBytes, String sha256, String storageKey,
                             boolean attached, Instant uploadedAt, String uploadedBy) {
}
