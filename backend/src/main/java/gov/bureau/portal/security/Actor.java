package gov.bureau.portal.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is acting: the signed-in user as services see it. Controllers receive it as a method
 * argument (see {@link ActorArgumentBinder}); services check roles and ownership against it.
 *
 * <p>This is the kernel every area depends on; it depends on no area. An account may belong to one
 * agency ({@link #agencyId}, role AGENCY), one budget unit ({@link #unitId}, role UNIT) or one expert
 * of the pool ({@link #expertId}, role EXPERT). The one visibility rule for objects that belong to
 * such an owner is {@link #maySeeAgency}, {@link #maySeeUnit} and {@link #maySeeExpert}: the bureau
 * sees all, an owner sees its own, everyone else sees nothing (and gets a 404, not a 403).
 *
 * <p>It is a {@link Principal}: the OpenAPI generator then leaves the argument out of the published
 * contract (no {@code actor} query parameter or body field), as it does for {@code Authentication}.
 */
public record Actor(@Nullable Long userId, String username, Set<Role> roles, @Nullable Long agencyId,
                    @Nullable Long unitId, @Nullable Long expertId) implements Principal {

    /** The user name ({@link Principal}). */
    @Override
    public String getName() {
        return username;
    }

    public static final String CLAIM_USER_ID = "uid";
    public static final String CLAIM_AGENCY_ID = "agencyId";
    public static final String CLAIM_UNIT_ID = "unitId";
    public static final String CLAIM_EXPERT_ID = "expertId";
    public static final String CLAIM_DISPLAY_NAME = "name";

    /** An account that belongs to no unit or expert (bureau users and agencies). */
    public Actor(@Nullable Long userId, String username, Set<Role> roles, @Nullable Long agencyId) {
        this(userId, username, roles, agencyId, null, null);
    }

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
                asLong(attributes.get(CLAIM_AGENCY_ID)), asLong(attributes.get(CLAIM_UNIT_ID)),
                asLong(attributes.get(CLAIM_EXPERT_ID)));
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

    public boolean isUnit() {
        return roles.contains(Role.UNIT);
    }

    public boolean isExpert() {
        return roles.contains(Role.EXPERT);
    }

    /** May this actor see an object that belongs to agency {@code ownerAgencyId}? The bureau, or that agency. */
    public boolean maySeeAgency(@Nullable Long ownerAgencyId) {
        return isBureau() || (isAgency() && agencyId != null && agencyId.equals(ownerAgencyId));
    }

    /** May this actor see an object that belongs to budget unit {@code ownerUnitId}? The bureau, or that unit. */
    public boolean maySeeUnit(@Nullable Long ownerUnitId) {
        return isBureau() || (isUnit() && unitId != null && unitId.equals(ownerUnitId));
    }

    /** Is this actor the expert {@code ownerExpertId} (the bureau sees every expert's objects too)? */
    public boolean maySeeExpert(@Nullable Long ownerExpertId) {
        return isBureau() || (isExpert() && expertId != null && expertId.equals(ownerExpertId));
    }

    /** Is this actor the agency {@code ownerAgencyId} itself (not the bureau)? For what only the owner may do. */
    public boolean isAgency(@Nullable Long ownerAgencyId) {
        return isAgency() && agencyId != null && agencyId.equals(ownerAgencyId);
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
