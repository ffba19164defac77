package gov.bureau.portal.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One step of an engagement's timeline: what the portal says about the step as a {@link Code}, what a
 * person said (a comment, a reason) as the {@code note}.
 */
@MappedEntity("engagement_state_change")
public record StateChange(@Id @GeneratedValue @Nullable Long id, long engagementId, @Nullable EngagementState fromState,
                          EngagementState toState, Instant changedAt, @Nullable Long actorId, String actorName,
                          @Nullable Code code, @Nullable String note) {

    /** Why the portal took a step that the states alone do not tell (the front end names each). */
    public enum Code {
        /** a report submitted again after a FAIL acceptance */
        REWORK,
        /** the draft report approved: back to fieldwork for the final one */
        DRAFT_APPROVED
    }
}
