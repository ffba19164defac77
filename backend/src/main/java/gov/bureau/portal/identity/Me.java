package gov.bureau.portal.identity;

import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** The signed-in user (GET /api/me). */
@Serdeable
public record Me(Long id, String username, String displayName, Set<Role> roles, @Nullable Long agencyId,
                 @Nullable Long unitId, @Nullable Long expertId, boolean mustChangePassword) {
}
