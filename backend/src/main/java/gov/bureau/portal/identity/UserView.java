package gov.bureau.portal.identity;

import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

/** A user as the API shows it (never the password hash). */
@Serdeable
public record UserView(Long id, String username, String displayName, Set<Role> roles, boolean enabled,
                       @Nullable Long agencyId, @Nullable Long unitId, boolean locked, @Nullable OffsetDateTime lockedUntil,
                       boolean mustChangePassword, @Nullable OffsetDateTime lastLoginAt, OffsetDateTime createdAt,
                       Long version) {

    /**
     * @param lockedUntil the end of the latest lock some client has on this user name (repeated wrong
     *                    passwords), or null
     */
    static UserView of(User u, @Nullable Instant lockedUntil, Instant now, ZoneId zone) {
        boolean locked = lockedUntil != null && now.isBefore(lockedUntil);
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled(), u.getAgencyId(),
                u.getUnitId(), locked, locked ? at(lockedUntil, zone) : null, u.isMustChangePassword(), at(u.getLastLoginAt(), zone),
                at(u.getCreatedAt(), zone), u.getVersion());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
