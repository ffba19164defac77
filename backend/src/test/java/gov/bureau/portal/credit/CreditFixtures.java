package gov.bureau.portal.credit;

import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Agencies for credit tests: a row in the agency table (written over JDBC, as the agency area's
 * registration and review are not what these tests are about), with the standing an approval gives
 * an agency of the pool, and an AGENCY account of it.
 */
final class CreditFixtures {

    private CreditFixtures() {
    }

    record TestAgency(long id, String name, String uscc, String username, String token) {
    }

    static TestAgency agency(TestClient api, String status) {
        String name = "信用测试机构" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        long id = insertAgency(name, TestCodes.uscc(), status);
        String username = "ca" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        TestClient.Response r = api.post(Users.adminToken(api), "/api/users", Map.of("username", username,
                "displayName", name, "roles", List.of("AGENCY"), "password", Users.PASSWORD, "agencyId", id));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot create " + username + ": " + r);
        }
        return new TestAgency(id, name, uscc(id), username, api.token(username, Users.PASSWORD));
    }

    static TestAgency agency(TestClient api) {
        return agency(api, "APPROVED");
    }

    static long insertAgency(String name, String uscc, String status) {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO agency (name, uscc, agency_type, contact_name, contact_phone, email, status, registered_at, "
                        + "created_at, updated_at) VALUES (?, ?, 'CONSULTING', '联系人', CONCAT('139', LPAD(FLOOR(RAND() * 100000000), 8, '0')), 'c@example.cn', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Timestamp now = Timestamp.from(Instant.now());
            ps.setString(1, name);
            ps.setString(2, uscc);
            ps.setString(3, status);
            ps.setTimestamp(4, now);
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, now);
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            if (gov.bureau.portal.agency.AgencyStatus.valueOf(status).inPool()) {
                gov.bureau.portal.support.PoolStandings.open(c, id);
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An evidence file (a small PDF) uploaded by the token's user, not yet attached: its id. */
    static long evidenceFile(TestClient api, String token) {
        TestClient.Response r = api.send(io.micronaut.http.HttpRequest.POST("/api/credit-files",
                io.micronaut.http.client.multipart.MultipartBody.builder().addPart("file", "证据.pdf",
                        io.micronaut.http.MediaType.APPLICATION_OCTET_STREAM_TYPE, PDF).build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE), token);
        if (r.status() != 201) {
            throw new IllegalStateException("cannot upload: " + r);
        }
        return r.id();
    }

    /**
     * Publishes the objection window with or without {@code confirmationInForceAtOnce} and answers
     * the content it replaced, to be published again when the test is done.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> objectionWindow(TestClient api, boolean confirmationInForceAtOnce) {
        String admin = Users.adminToken(api);
        Map<String, Object> before = (Map<String, Object>) api.get(admin, "/api/rules/credit.objection-window").get("content");
        Map<String, Object> content = new java.util.HashMap<>(before);
        content.put("confirmationInForceAtOnce", confirmationInForceAtOnce);
        TestClient.Response r = api.put(admin, "/api/rules/credit.objection-window", Map.of("content", content, "reason", "测试"));
        if (r.status() != 200) {
            throw new IllegalStateException("cannot publish the objection window: " + r);
        }
        return before;
    }

    static void restoreObjectionWindow(TestClient api, Map<String, Object> content) {
        api.put(Users.adminToken(api), "/api/rules/credit.objection-window", Map.of("content", content, "reason", "测试后恢复"));
    }

    static String uscc(long agencyId) {
        return queryString("SELECT uscc FROM agency WHERE id = " + agencyId);
    }

    static long count(String sql) {
        try (Connection c = TestDatabase.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String queryString(String sql) {
        try (Connection c = TestDatabase.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal valid PDF and PNG, and a file that is neither. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes();
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final byte[] TEXT = "just some text pretending to be a PDF".getBytes();
}
