package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A reviewer's comment on one field of a returned profile, e.g. {@code leadEvaluators[0].idNumber}. */
@MappedEntity("agency_review_comment")
public record ReviewComment(@Id @GeneratedValue @Nullable Long id, long reviewId, String field, String comment) {
}
