package gov.bureau.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is acting: the signed-in user as services see it. Controllers receive it as a method
 * argument (see {@link ActorArgumentBinder}); services check roles and ownership against it.
 */
public record Actor(@Nullable Long userId, String username, Set<Role> roles, @Nullable Long agencyId) {

    public static final String CLAIM_USER_ID = "uid";
    public static final String CLAIM_AGENCY_ID = "agencyId";
    public static final String CLAIM_DISPLAY_NAME = "name";

    /** The portal itself, for scheduled jobs and seeding. */
    public static final Actor SYSTEM = new Actor(null, "system", EnumSet.noneOf(Role.class), null);

    public static Actor of(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : authentication.getRoles()) {
            try {
                roles.add(Role.valueOf(r));
            } catch (IllegalArgumentException ignored) {
                // a role this version does not know grants nothing
            }
        }
        return new Actor(asLong(attributes.get(CLAIM_USER_ID)), authentication.getName(), roles,
                asLong(attributes.get(CLAIM_AGENCY_ID)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** STAFF or ADMIN: bureau-side users who see every agency. */
    public boolean isBureau() {
        return roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
    }

    public boolean isAgency() {
        return roles.contains(Role.AGENCY);
    }

    private static Long asLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            return Long.valueOf(s);
        }
        return null;
    }
}
