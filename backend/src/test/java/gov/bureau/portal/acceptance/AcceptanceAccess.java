package gov.bureau.portal.acceptance;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

/** Who may call each acceptance endpoint; another agency's engagement is 404 (EngagementFlowTest). */
public final class AcceptanceAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("POST", "/api/engagements/{id}/assessment", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/assessment/preview", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/assessment", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/{id}/assessment/sheet", SIGNED_IN),
            AccessRule.of("POST", "/api/engagements/{id}/assessment/reopening", ADMIN),
            AccessRule.of("GET", "/api/engagements/{id}/fee", SIGNED_IN),
            AccessRule.of("POST", "/api/engagements/{id}/payments", BUREAU),
            AccessRule.of("GET", "/api/scoring-templates/current", BUREAU),
            AccessRule.of("POST", "/api/scoring-templates", ADMIN));

    private AcceptanceAccess() {
    }
}
