package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of an engagement's timeline. */
@MappedEntity("engagement_state_change")
public record StateChange(@Id @GeneratedValue @Nullable Long id, long engagementId, @Nullable EngagementState fromState,
                          EngagementState toState, Instant changedAt, @Nullable Long actorId, String actorName,
                          @Nullable String note) {
}
