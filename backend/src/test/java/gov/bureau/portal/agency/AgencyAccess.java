package gov.bureau.portal.agency;

import gov.bureau.portal.support.AccessRule;

import java.util.List;
import java.util.Set;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.AGENCY;
import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.PUBLIC;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

/** The agency area's and the inbox's endpoints with who may call them. */
public final class AgencyAccess {

    private static final Set<String> BUREAU_OR_AGENCY = SIGNED_IN;

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("POST", "/api/registrations", PUBLIC),
            AccessRule.of("GET", "/api/agencies/me", AGENCY),
            AccessRule.of("PUT", "/api/agencies/me", AGENCY),
            AccessRule.of("POST", "/api/agencies/me/submission", AGENCY),
            AccessRule.of("DELETE", "/api/agencies/me/change", AGENCY),
            AccessRule.of("POST", "/api/agencies/me/annual-confirmation", AGENCY),
            AccessRule.of("POST", "/api/agencies/me/withdrawal", AGENCY),
            AccessRule.of("POST", "/api/agencies/me/documents", AGENCY),
            AccessRule.of("DELETE", "/api/agencies/me/documents/{documentId}", AGENCY),
            AccessRule.of("GET", "/api/agencies", BUREAU),
            AccessRule.of("GET", "/api/agencies/export", BUREAU),
            AccessRule.of("POST", "/api/agencies/flag-check", ADMIN),
            AccessRule.of("GET", "/api/agencies/{id}", BUREAU_OR_AGENCY),
            AccessRule.of("GET", "/api/agencies/{id}/versions", BUREAU_OR_AGENCY),
            AccessRule.of("GET", "/api/agencies/{id}/versions/{number}", "/api/agencies/987654321/versions/1", BUREAU_OR_AGENCY),
            AccessRule.of("GET", "/api/agencies/{id}/documents/{documentId}", BUREAU_OR_AGENCY),
            AccessRule.of("POST", "/api/agencies/{id}/review", BUREAU),
            AccessRule.of("POST", "/api/agencies/{id}/suspension", BUREAU),
            AccessRule.of("POST", "/api/agencies/{id}/reinstatement", BUREAU),
            AccessRule.of("POST", "/api/agencies/{id}/withdrawal", BUREAU),
            AccessRule.of("GET", "/api/public/agencies", PUBLIC),
            AccessRule.of("GET", "/api/public/agencies/{id}", PUBLIC),
            AccessRule.of("GET", "/api/inbox", AccessRule.ANY_ROLE),
            AccessRule.of("GET", "/api/inbox/unread-count", AccessRule.ANY_ROLE),
            AccessRule.of("POST", "/api/inbox/{id}/read", AccessRule.ANY_ROLE),
            AccessRule.of("POST", "/api/inbox/read-all", AccessRule.ANY_ROLE));

    private AgencyAccess() {
    }
}
