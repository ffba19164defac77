package gov.bureau.portal.integrity;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.PUBLIC;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

/** Who may call each selection-integrity endpoint (API.md "Selection integrity"). */
public final class IntegrityAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/agency-relations", BUREAU),
            AccessRule.of("POST", "/api/agency-relations/links/{id}/dismissal", BUREAU),
            AccessRule.of("POST", "/api/agency-relations/groups/{id}/confirmation", BUREAU),
            AccessRule.of("GET", "/api/agencies/{id}/credit/forecast", SIGNED_IN),
            AccessRule.of("GET", "/api/agencies/{id}/filing-form", SIGNED_IN),
            AccessRule.of("POST", "/api/registrations/filing-form", PUBLIC));

    private IntegrityAccess() {
    }
}
