package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A submitted profile, kept whole as the JSON of {@link ProfileData}. */
@MappedEntity("agency_version")
public record ProfileVersion(@Id @GeneratedValue @Nullable Long id, long agencyId, int number, Kind kind, State state,
                             String content, @Nullable Long baseVersionId, Instant submittedAt, String submittedBy,
                             @Nullable Instant decidedAt) {

    public enum Kind { REGISTRATION, CHANGE }

    /** SUPERSEDED: an approved version replaced by a later approved change. */
    public enum State { SUBMITTED, APPROVED, RETURNED, REJECTED, SUPERSEDED }

    /** A version without its content: what lists show (the content is the whole profile). */
    @Introspected
    public record Head(Long id, int number, Kind kind, State state, @Nullable Long baseVersionId, Instant submittedAt,
                       String submittedBy, @Nullable Instant decidedAt) {
    }

    Head head() {
        return new Head(id, number, kind, state, baseVersionId, submittedAt, submittedBy, decidedAt);
    }

    ProfileVersion withState(State next, @Nullable Instant at) {
        return new ProfileVersion(id, agencyId, number, kind, next, content, baseVersionId, submittedAt, submittedBy,
                decidedAt == null ? at : decidedAt);
    }
}
