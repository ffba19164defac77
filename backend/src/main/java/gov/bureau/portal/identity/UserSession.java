package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One sign-in: its access tokens carry its id, its refresh tokens belong to it (see {@link Sessions}). */
@MappedEntity("user_session")
public record UserSession(@Id @GeneratedValue @Nullable Long id,
                          Long userId,
                          String client,
                          Instant startedAt,
                          @Nullable Instant endedAt,
                          @Nullable String endCause) {
}
