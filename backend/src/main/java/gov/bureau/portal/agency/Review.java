package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A reviewer's decision on a submitted version. */
@MappedEntity("agency_review")
public record Review(@Id @GeneratedValue @Nullable Long id, long agencyId, long versionId, Decision decision,
                     @Nullable String comment, @Nullable Long reviewerId, String reviewerName, Instant decidedAt) {

    public enum Decision { APPROVE, RETURN, REJECT }
}
