package gov.bureau.portal.credit;

import gov.bureau.portal.support.AccessRule;

import java.util.List;
import java.util.Set;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.AGENCY;
import static gov.bureau.portal.support.AccessRule.BUREAU;
import static gov.bureau.portal.support.AccessRule.PUBLIC;
import static gov.bureau.portal.support.AccessRule.SIGNED_IN;

public final class CreditAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/agencies/{id}/credit", SIGNED_IN),
            AccessRule.of("GET", "/api/agencies/{id}/credit/events", SIGNED_IN),
            AccessRule.of("POST", "/api/agencies/{id}/blacklist", ADMIN),
            AccessRule.of("DELETE", "/api/agencies/{id}/blacklist", ADMIN),
            AccessRule.of("GET", "/api/credit-events", BUREAU),
            AccessRule.of("GET", "/api/credit-events/export", BUREAU),
            AccessRule.of("POST", "/api/credit-events", BUREAU),
            AccessRule.of("GET", "/api/credit-events/{id}", SIGNED_IN),
            AccessRule.of("POST", "/api/credit-events/{id}/confirmation", ADMIN),
            AccessRule.of("POST", "/api/credit-events/{id}/withdrawal", ADMIN),
            AccessRule.of("POST", "/api/credit-events/{id}/objections", AGENCY),
            AccessRule.of("POST", "/api/credit-events/{id}/waiver", AGENCY),
            AccessRule.of("GET", "/api/objections", BUREAU),
            AccessRule.of("GET", "/api/objections/export", BUREAU),
            AccessRule.of("GET", "/api/objections/{id}", SIGNED_IN),
            AccessRule.of("POST", "/api/objections/{id}/decision", ADMIN),
            AccessRule.of("POST", "/api/credit-files", SIGNED_IN),
            AccessRule.of("GET", "/api/credit-files/{id}", SIGNED_IN),
            AccessRule.of("GET", "/api/credit-standings", BUREAU),
            AccessRule.of("GET", "/api/credit-standings/export", BUREAU),
            AccessRule.of("GET", "/api/blacklist", BUREAU),
            AccessRule.of("GET", "/api/credit-summary", BUREAU),
            AccessRule.of("POST", "/api/credit-results", ADMIN),
            AccessRule.of("GET", "/api/public/blacklist", PUBLIC),
            AccessRule.of("GET", "/api/public/credit-results", PUBLIC),
            AccessRule.of("GET", "/api/public/credit-results/{year}", PUBLIC));

    private CreditAccess() {
    }

    static Set<String> paths() {
        return RULES.stream().map(r -> r.method() + " " + r.path()).collect(java.util.stream.Collectors.toSet());
    }
}
