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

    /** A budget unit registered by the admin and a UNIT account of it. */
    public record UnitAccount(long unitId, String username, String token) {
    }

    /** Registers a new budget unit and creates a UNIT account for it (API.md "Results and rectification"). */
    public static UnitAccount unitAccount(TestClient api, String username) {
        String admin = adminToken(api);
        TestClient.Response unit = api.post(admin, "/api/budget-units", Map.of("name", "预算单位 " + username,
                "code", "U" + username.toUpperCase(java.util.Locale.ROOT), "department", "主管部门 " + username));
        if (unit.status() != 201) {
            throw new IllegalStateException("cannot register a unit for " + username + ": " + unit);
        }
        return unitAccount(api, username, unit.id());
    }

    /** A UNIT account of an existing budget unit. */
    public static UnitAccount unitAccount(TestClient api, String username, long unitId) {
        TestClient.Response r = api.post(adminToken(api), "/api/users", Map.of("username", username, "displayName", "单位用户 " + username,
                "roles", List.of("UNIT"), "unitId", unitId, "password", PASSWORD));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot create " + username + ": " + r);
        }
        return new UnitAccount(unitId, username, api.token(username, PASSWORD));
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
