package gov.bureau.portal.dashboard;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.BUREAU;

public final class DashboardAccess {

    public static final List<AccessRule> RULES = List.of(AccessRule.of("GET", "/api/dashboard", BUREAU));

    private DashboardAccess() {
    }
}
