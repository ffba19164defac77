package gov.bureau.portal.support;

import java.util.List;
import java.util.Set;

/**
 * Who may call one endpoint. {@code path} is the route template as the router knows it;
 * {@code sample} is a concrete path to call (ids that do not exist, so that allowed calls change
 * nothing). {@code allowed} holds roles, or {@link #ANONYMOUS} for a public endpoint.
 */
public record AccessRule(String method, String path, String sample, Set<String> allowed) {

    public static final String ANONYMOUS = "ANONYMOUS";
    /** Every role {@link AccessRulesTest} signs in with: the one list to extend for a new role. */
    public static final List<String> ROLES = List.of("AGENCY", "STAFF", "ADMIN", "UNIT", "EXPERT");
    public static final Set<String> ADMIN = Set.of("ADMIN");
    public static final Set<String> BUREAU = Set.of("STAFF", "ADMIN");
    public static final Set<String> AGENCY = Set.of("AGENCY");
    public static final Set<String> EXPERT = Set.of("EXPERT");
    public static final Set<String> BUREAU_AND_EXPERT = Set.of("STAFF", "ADMIN", "EXPERT");
    /** The bureau and agencies (most signed-in endpoints). */
    public static final Set<String> SIGNED_IN = Set.of("AGENCY", "STAFF", "ADMIN");
    /** Any signed-in account, whatever its role (who am I, password, sign out). */
    public static final Set<String> ANY_ROLE = Set.copyOf(ROLES);
    public static final Set<String> PUBLIC = with(ANONYMOUS, ROLES);
    public static final Set<String> UNIT = Set.of("UNIT");
    public static final Set<String> BUREAU_OR_UNIT = Set.of("STAFF", "ADMIN", "UNIT");

    public static AccessRule of(String method, String path, Set<String> allowed) {
        return new AccessRule(method, path, path.replaceAll("\\{[^}]+}", "987654321"), allowed);
    }

    public static AccessRule of(String method, String path, String sample, Set<String> allowed) {
        return new AccessRule(method, path, sample, allowed);
    }

    private static Set<String> with(String one, List<String> more) {
        java.util.Set<String> all = new java.util.HashSet<>(more);
        all.add(one);
        return Set.copyOf(all);
    }

    @Override
    public String toString() {
        return method + " " + sample;
    }
}
