package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A move of the agency's status in the pool (suspend, reinstate, withdraw) with its reason. */
@MappedEntity("agency_status_change")
public record StatusChange(@Id @GeneratedValue @Nullable Long id, long agencyId, AgencyStatus fromStatus,
                           AgencyStatus toStatus, @Nullable String reason, String actorName, Instant changedAt) {
}
