package gov.bureau.portal.support;

import java.util.List;
import java.util.Map;

/** Creates users through the API as the admin, for tests that need a STAFF or second ADMIN account. */
public final class Users {

    public static final String PASSWORD = "Passw0rd-test";

    private Users() {
    }

    public static String adminToken(TestClient api) {
        return api.token("admin", TestDatabase.ADMIN_PASSWORD);
    }

    /** Creates a user with the given role and answers a token for it. */
    public static String tokenFor(TestClient api, String username, String role) {
        TestClient.Response r = api.post(adminToken(api), "/api/users",
                Map.of("username", username, "displayName", "测试 " + username, "roles", List.of(role), "password", PASSWORD));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot create " + username + ": " + r);
        }
        return api.token(username, PASSWORD);
    }
}
