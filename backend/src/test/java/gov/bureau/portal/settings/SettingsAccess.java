package gov.bureau.portal.settings;

import gov.bureau.portal.support.AccessRule;

import java.util.List;

import static gov.bureau.portal.support.AccessRule.ADMIN;
import static gov.bureau.portal.support.AccessRule.PUBLIC;

public final class SettingsAccess {

    public static final List<AccessRule> RULES = List.of(
            AccessRule.of("GET", "/api/settings/portal", PUBLIC),
            AccessRule.of("PUT", "/api/settings/portal", ADMIN),
            AccessRule.of("GET", "/api/forms/{name}", "/api/forms/no-such-form", PUBLIC));

    private SettingsAccess() {
    }
}
