package gov.bureau.portal.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Every API endpoint with the roles that may call it. Each area keeps its own list; a test fails
 * when a route exists that no list names, so a new endpoint cannot ship without its access rule.
 */
public final class AccessCatalog {

    private AccessCatalog() {
    }

    public static List<AccessRule> all() {
        List<AccessRule> all = new ArrayList<>();
        all.addAll(gov.bureau.portal.identity.IdentityAccess.RULES);
        all.addAll(gov.bureau.portal.rules.RulesAccess.RULES);
        all.addAll(gov.bureau.portal.agency.AgencyAccess.RULES);
        all.addAll(gov.bureau.portal.engagement.EngagementAccess.RULES);
        all.addAll(gov.bureau.portal.acceptance.AcceptanceAccess.RULES);
        all.addAll(gov.bureau.portal.credit.CreditAccess.RULES);
        all.addAll(gov.bureau.portal.dashboard.DashboardAccess.RULES);
        all.addAll(gov.bureau.portal.experts.ExpertsAccess.RULES);
        all.addAll(gov.bureau.portal.results.ResultsAccess.RULES);
        all.addAll(gov.bureau.portal.integrity.IntegrityAccess.RULES);
        all.addAll(gov.bureau.portal.supervision.SupervisionAccess.RULES);
        all.addAll(gov.bureau.portal.ops.OpsAccess.RULES);
        all.addAll(gov.bureau.portal.settings.SettingsAccess.RULES);
        return all;
    }
}
