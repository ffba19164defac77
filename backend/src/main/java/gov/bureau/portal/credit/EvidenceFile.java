package gov.bureau.portal.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An evidence file of a credit event or an objection; the bytes are on disk (see {@link EvidenceStore}). */
@MappedEntity("credit_file")
public record EvidenceFile(@Id @GeneratedValue @Nullable Long id,
                           @Nullable String ownerType,
                           @Nullable Long ownerId,
                           String fileName,
                           String contentType,
                           long sizeBytes,
                           String sha256,
                           String storageKey,
                           Long uploadedById,
                           String uploadedByName,
                           @Nullable Long uploaderAgencyId,
                           Instant uploadedAt) {

    public static final String EVENT = "EVENT";
    public static final String OBJECTION = "OBJECTION";
    /** The evidence a blacklisting without a confirmed event rests on (V46). */
    public static final String BLACKLIST = "BLACKLIST";

    public EvidenceFile attachTo(String type, long id) {
        return new EvidenceFile(this.id, type, id, fileName, contentType, sizeBytes, sha256, storageKey, uploadedById,
                uploadedByName, uploaderAgencyId, uploadedAt);
    }
}
