package gov.bureau.portal.ops;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;

/** Who may call each operations endpoint; the metrics scrape token is tested in MetricsTest. */
public final class OpsAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/management/prometheus", ADMIN));

    private OpsAccess() {
    }
}
