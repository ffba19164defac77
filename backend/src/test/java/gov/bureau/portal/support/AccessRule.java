package gov.bureau.portal.support;

import java.util.Set;

/**
 * Who may call one endpoint. {@code path} is the route template as the router knows it;
 * {@code sample} is a concrete path to call (ids that do not exist, so that allowed calls change
 * nothing). {@code allowed} holds roles, or {@link #ANONYMOUS} for a public endpoint.
 */
public record AccessRule(String method, String path, String sample, Set<String> allowed) {

    public static final String ANONYMOUS = "ANONYMOUS";
    public static final Set<String> ADMIN = Set.of("ADMIN");
    public static final Set<String> BUREAU = Set.of("STAFF", "ADMIN");
    public static final Set<String> AGENCY = Set.of("AGENCY");
    /** The bureau and agencies (not budget units: they reach only their own area and their account). */
    public static final Set<String> SIGNED_IN = Set.of("AGENCY", "STAFF", "ADMIN");
    /** Every signed-in account, whatever its role (the own account, the inbox). */
    public static final Set<String> ANY_ACCOUNT = Set.of("AGENCY", "STAFF", "ADMIN", "UNIT");
    public static final Set<String> UNIT = Set.of("UNIT");
    public static final Set<String> BUREAU_OR_UNIT = Set.of("STAFF", "ADMIN", "UNIT");
    public static final Set<String> PUBLIC = Set.of(ANONYMOUS, "AGENCY", "STAFF", "ADMIN", "UNIT");
    /** The roles the access test signs in with. */
    public static final java.util.List<String> ROLES = java.util.List.of("AGENCY", "STAFF", "ADMIN", "UNIT");

    public static AccessRule of(String method, String path, Set<String> allowed) {
        return new AccessRule(method, path, path.replaceAll("\\{[^}]+}", "987654321"), allowed);
    }

    public static AccessRule of(String method, String path, String sample, Set<String> allowed) {
        return new AccessRule(method, path, sample, allowed);
    }

    @Override
    public String toString() {
        return method + " " + sample;
    }
}
