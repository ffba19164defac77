package gov.bureau.portal.identity;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.ANY_ROLE;

public final class IdentityAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/me", ANY_ROLE),
            AccessRule.of("POST", "/api/me/password", ANY_ROLE),
            AccessRule.of("POST", "/api/logout", ANY_ROLE),
            AccessRule.of("GET", "/api/users", ADMIN),
            AccessRule.of("POST", "/api/users", ADMIN),
            AccessRule.of("GET", "/api/users/{id}", ADMIN),
            AccessRule.of("PUT", "/api/users/{id}", ADMIN),
            AccessRule.of("POST", "/api/users/{id}/password-reset", ADMIN),
            AccessRule.of("POST", "/api/users/{id}/unlock", ADMIN),
            AccessRule.of("GET", "/api/audit-log", ADMIN),
            AccessRule.of("GET", "/api/audit-log/verification", ADMIN),
            AccessRule.of("GET", "/api/audit-log/facets", ADMIN),
            AccessRule.of("GET", "/api/audit-log/export", ADMIN));

    private IdentityAccess() {
    }
}
