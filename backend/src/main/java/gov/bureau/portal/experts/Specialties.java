package gov.bureau.portal.experts;

import gov.bureau.portal.engagement.EngagementType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an expert may be drawn for (DOMAIN.md §10): the engagement types (API.md) and the sectors of
 * budget spending. Codes, not texts: the front end names them.
 */
public final class Specialties {

    /** Sectors of budget spending (教育、卫生健康、农业农村 …). */
    public static final List<String> SECTORS = List.of("EDUCATION", "HEALTH", "AGRICULTURE", "TRANSPORT", "ENVIRONMENT",
            "SOCIAL_SECURITY", "SCIENCE_TECHNOLOGY", "CULTURE_TOURISM", "INFRASTRUCTURE", "PUBLIC_SAFETY",
            "FINANCE_ACCOUNTING", "LAW");

    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>();
        for (EngagementType t : EngagementType.values()) {
            all.add(t.name());
        }
        all.addAll(SECTORS);
        ALL = Collections.unmodifiableList(all);
    }

    private static final Set<String> KNOWN = new TreeSet<>(ALL);

    private Specialties() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }
}
