package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A unit the agency declares an interest relationship with (利害关系单位), used for recusal. */
@MappedEntity("agency_interest_unit")
public record InterestUnit(@Id @GeneratedValue @Nullable Long id, long agencyId, String unitName,
                           @Nullable String relationship, int sortOrder) {
}
