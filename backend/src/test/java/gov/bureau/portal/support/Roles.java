package gov.bureau.portal.support;

import java.util.List;
import java.util.Map;

/** Accounts of each role for tests. */
public final class Roles {

    private Roles() {
    }

    /**
     * A signed-in AGENCY user. Until agencies can register, an admin creates the account directly
     * for a placeholder agency id.
     */
    public static String agencyToken(TestClient api) {
        String name = "agency" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        TestClient.Response r = api.post(Users.adminToken(api), "/api/users", Map.of("username", name,
                "displayName", "机构 " + name, "roles", List.of("AGENCY"), "password", Users.PASSWORD, "agencyId", 1));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot create " + name + ": " + r);
        }
        return api.token(name, Users.PASSWORD);
    }
}
