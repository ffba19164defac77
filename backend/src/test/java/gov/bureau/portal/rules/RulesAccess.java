package gov.bureau.portal.rules;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.BUREAU;

public final class RulesAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/rules", BUREAU),
            AccessRule.of("GET", "/api/rules/{key}", "/api/rules/test.sample", BUREAU),
            AccessRule.of("GET", "/api/rules/{key}/versions", "/api/rules/test.sample/versions", BUREAU),
            AccessRule.of("GET", "/api/rules/{key}/versions/{version}", "/api/rules/test.sample/versions/1", BUREAU),
            AccessRule.of("PUT", "/api/rules/{key}", "/api/rules/no.such-table", ADMIN));

    private RulesAccess() {
    }
}
