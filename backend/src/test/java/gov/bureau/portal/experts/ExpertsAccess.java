package gov.bureau.portal.experts;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.BUREAU_AND_EXPERT;
import static gov.bureau.portal.support.AccessRule.EXPERT;
import static gov.bureau.portal.support.AccessRule.PUBLIC;

/** The experts area's endpoints with who may call them (API.md "Experts"). */
public final class ExpertsAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/experts", BUREAU),
            AccessRule.of("POST", "/api/experts", BUREAU),
            AccessRule.of("GET", "/api/experts/{id}", BUREAU_AND_EXPERT),
            AccessRule.of("PUT", "/api/experts/{id}", BUREAU),
            AccessRule.of("POST", "/api/experts/{id}/review", BUREAU),
            AccessRule.of("POST", "/api/experts/{id}/status", BUREAU),
            AccessRule.of("GET", "/api/expert-specialties", PUBLIC),
            AccessRule.of("POST", "/api/expert-registrations", PUBLIC),
            AccessRule.of("POST", "/api/engagements/{id}/expert-panels", BUREAU),
            AccessRule.of("GET", "/api/engagements/{id}/expert-panels", BUREAU),
            AccessRule.of("GET", "/api/expert-panels", BUREAU_AND_EXPERT),
            AccessRule.of("GET", "/api/expert-panels/{id}", BUREAU_AND_EXPERT),
            AccessRule.of("GET", "/api/expert-panels/{id}/verification", BUREAU),
            AccessRule.of("POST", "/api/expert-panels/{id}/members/{expertId}/decline", BUREAU_AND_EXPERT),
            AccessRule.of("POST", "/api/expert-panels/{id}/opinions", EXPERT),
            AccessRule.of("POST", "/api/expert-panels/{id}/ratings", BUREAU),
            AccessRule.of("GET", "/api/expert-panels/{id}/files/{documentId}", BUREAU_AND_EXPERT),
            AccessRule.of("GET", "/api/expert-fees", BUREAU),
            AccessRule.of("GET", "/api/expert-fees/export", BUREAU),
            AccessRule.of("POST", "/api/expert-fees/{id}/payment", BUREAU));

    private ExpertsAccess() {
    }
}
