package gov.bureau.portal.results;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.BUREAU_OR_UNIT;
import static gov.bureau.portal.support.AccessRule.PUBLIC;
import static gov.bureau.portal.support.AccessRule.UNIT;

/** Who may call each endpoint of the results area (API.md "Results and rectification"). */
public final class ResultsAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/budget-units", BUREAU),
            AccessRule.of("POST", "/api/budget-units", BUREAU),
            AccessRule.of("GET", "/api/budget-units/{id}", BUREAU),
            AccessRule.of("PUT", "/api/budget-units/{id}", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/results", BUREAU_OR_UNIT),
            AccessRule.of("PUT", "/api/engagements/{id}/results/{evaluatedUnitId}", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/results/{evaluatedUnitId}/revisions", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/results/{evaluatedUnitId}/letter", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/publication", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/publication", BUREAU),
            AccessRule.of("POST", "/api/engagements/{id}/unit-feedback", UNIT),
            AccessRule.of("GET", "/api/feedback-letters", BUREAU_OR_UNIT),
            AccessRule.of("GET", "/api/feedback-letters/{letterId}", BUREAU_OR_UNIT),
            AccessRule.of("GET", "/api/feedback-letters/{letterId}/pdf", BUREAU_OR_UNIT),
            AccessRule.of("GET", "/api/rectifications", BUREAU_OR_UNIT),
            AccessRule.of("GET", "/api/rectifications/board", BUREAU),
            AccessRule.of("GET", "/api/rectifications/{taskId}", BUREAU_OR_UNIT),
            AccessRule.of("POST", "/api/rectifications/{taskId}/answer", UNIT),
            AccessRule.of("POST", "/api/rectifications/{taskId}/files", UNIT),
            AccessRule.of("GET", "/api/rectifications/{taskId}/files/{fileId}", BUREAU_OR_UNIT),
            AccessRule.of("POST", "/api/rectifications/{taskId}/review", BUREAU),
            AccessRule.of("POST", "/api/rectifications/{taskId}/extension", UNIT),
            AccessRule.of("POST", "/api/rectifications/{taskId}/extension/decision", BUREAU),
            AccessRule.of("GET", "/api/result-applications", BUREAU),
            AccessRule.of("GET", "/api/result-applications/export", BUREAU),
            AccessRule.of("PUT", "/api/result-applications/{evaluatedUnitId}", BUREAU),
            AccessRule.of("GET", "/api/public/results", PUBLIC),
            AccessRule.of("GET", "/api/public/results/{id}/pdf", PUBLIC));

    private ResultsAccess() {
    }
}
