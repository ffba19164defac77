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
    public static final Set<String> SIGNED_IN = Set.of("AGENCY", "STAFF", "ADMIN");
    public static final Set<String> PUBLIC = Set.of(ANONYMOUS, "AGENCY", "STAFF", "ADMIN");

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
