package gov.bureau.portal.engagement;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.AGENCY;
import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

/** Who may call each engagement endpoint. An agency asking about another agency's engagement gets 404 (EngagementFlowTest). */
public final class EngagementAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("POST", "/api/engagements", BUREAU),
            AccessRule.of("GET", "/api/engagements", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/export", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/supervisors", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}", SIGNED_IN),
            AccessRule.of("PUT", "/api/engagements/{id}", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/termination", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/closure", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/eligibility", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/selection", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/selections", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/selection/verification", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/confirmation", AGENCY),
            AccessRule.of("POST", "/api/engagements/{id}/documents", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/{id}/documents", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/{id}/documents/{documentId}", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/{id}/people", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/{id}/plans", SIGNED_IN),
            AccessRule.of("POST", "/api/engagements/{id}/plans", AGENCY),
            AccessRule.of("POST", "/api/engagements/{id}/plans/{planId}/review", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/fieldwork", SIGNED_IN),
            AccessRule.of("GET", "/api/engagements/{id}/reports", SIGNED_IN),
            AccessRule.of("POST", "/api/engagements/{id}/reports", AGENCY),
            AccessRule.of("POST", "/api/engagements/{id}/reports/{reportId}/review", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/issues", SIGNED_IN),
            AccessRule.of("POST", "/api/engagements/{id}/issues", SIGNED_IN),
            AccessRule.of("POST", "/api/engagements/{id}/issues/{issueId}/resolution", SIGNED_IN));

    private EngagementAccess() {
    }
}
