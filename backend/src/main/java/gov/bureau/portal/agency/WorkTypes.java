package gov.bureau.portal.agency;

import java.util.List;

/**
 * Engagement type codes of API.md. A track-record entry may name one, so that selection can rank
 * agencies by relevant experience; the engagement area owns the meaning of the codes.
 */
public final class WorkTypes {

    public static final List<String> CODES = List.of("EX_ANTE_ASSESSMENT", "TARGET_REVIEW", "MONITORING",
            "KEY_EVALUATION", "DEPARTMENT_OVERALL", "SELF_EVALUATION_REVIEW", "POLICY_EVALUATION", "OTHER");

    private WorkTypes() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
