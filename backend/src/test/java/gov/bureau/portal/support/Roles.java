package gov.bureau.portal.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Accounts of each role for tests. */
public final class Roles {

    private Roles() {
    }

    /** A signed-in AGENCY user of a new agency of its own. */
    public static String agencyToken(TestClient api) {
        String name = "agency" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        long agencyId = insertAgency("测试机构 " + name);
        TestClient.Response r = api.post(Users.adminToken(api), "/api/users", Map.of("username", name,
                "displayName", "机构 " + name, "roles", List.of("AGENCY"), "password", Users.PASSWORD, "agencyId", agencyId));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot create " + name + ": " + r);
        }
        return api.token(name, Users.PASSWORD);
    }

    private static long insertAgency(String name) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO agency (name, uscc, agency_type, contact_name, contact_phone, email, status, registered_at, "
                        + "created_at, updated_at) VALUES (?, ?, 'CONSULTING', '联系人', '13800000000', 'a@example.cn', 'DRAFT', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, TestCodes.uscc());
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert an agency", e);
        }
    }
}
