package gov.bureau.portal.identity;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

public final class IdentityAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/me", SIGNED_IN),
            AccessRule.of("POST", "/api/me/password", SIGNED_IN),
            AccessRule.of("POST", "/api/logout", SIGNED_IN),
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
