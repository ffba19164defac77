package gov.bureau.portal.audit;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class AuditLogApiTest extends IntegrationTest {


    private String admin() {
        return Users.adminToken(api);
    }

    @Test
    void everyChangeIsLoggedWithWhoWhatAndWhen() {
        String name = unique("aud");
        Response created = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "审计",
                "roles", List.of("STAFF"), "password", Users.PASSWORD));
        Response log = api.get(admin(), "/api/audit-log?entityType=User&entityId=" + created.id());
        Map<String, Object> entry = log.content().get(0);
        assertThat(entry).containsEntry("actorName", "admin").containsEntry("action", "USER_CREATED");
        assertThat((String) entry.get("changes")).contains(name);
        assertThat((String) entry.get("occurredAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*\\+08:00");

        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Response byActor = api.get(admin(), "/api/audit-log?actor=admin&from=" + today + "&to=" + today + "&size=5");
        assertThat(byActor.content()).isNotEmpty().allSatisfy(e -> assertThat(e.get("actorName")).isEqualTo("admin"));
        Response tomorrow = api.get(admin(), "/api/audit-log?entityId=" + created.id() + "&entityType=User&from="
                + LocalDate.parse(today).plusDays(1));
        assertThat(tomorrow.content()).isEmpty();
    }

    @Test
    void theDatabaseRefusesEditsAndDeletes() {
        assertThatThrownBy(() -> execute("UPDATE audit_log SET reason = 'x' WHERE seq = 1")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_log WHERE seq = 1")).isInstanceOf(SQLException.class);
    }

    @Test
    void verificationFindsATamperedRow() throws SQLException {
        api.post(admin(), "/api/users", Map.of("username", unique("v"), "displayName", "v", "roles", List.of("STAFF"),
                "password", Users.PASSWORD));
        Response before = api.get(admin(), "/api/audit-log/verification");
        assertThat(before.get("valid")).as(before.toString()).isEqualTo(true);
        long entries = ((Number) before.get("entries")).longValue();
        assertThat(entries).isPositive();

        long seq;
        String actor;
        try (Connection c = gov.bureau.portal.support.TestDatabase.connect(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT seq, actor_name FROM audit_log ORDER BY seq DESC LIMIT 1");
            rs.next();
            seq = rs.getLong(1);
            actor = rs.getString(2);
        }
        assertThat(actor).matches("[a-z0-9_.-]+");
        // someone with database rights bypasses the trigger and edits history
        tamper("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = " + seq);
        try {
            Response after = api.get(admin(), "/api/audit-log/verification");
            assertThat(after.get("valid")).isEqualTo(false);
            assertThat(((Number) after.get("firstInvalidSeq")).longValue()).isEqualTo(seq);
            assertThat(after.get("problem")).isEqualTo("HASH_MISMATCH");
        } finally {
            tamper("UPDATE audit_log SET actor_name = '" + actor + "' WHERE seq = " + seq);
        }
        assertThat(api.get(admin(), "/api/audit-log/verification").get("valid")).isEqualTo(true);
    }

    @Test
    void onlyAdminsReadTheLog() {
        String staff = Users.tokenFor(api, unique("s"), "STAFF");
        assertThat(api.get(staff, "/api/audit-log").status()).isEqualTo(403);
        assertThat(api.get(staff, "/api/audit-log/verification").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/audit-log").status()).isEqualTo(401);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = gov.bureau.portal.support.TestDatabase.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Drops the append-only trigger for one statement, as a database administrator could. */
    private synchronized void tamper(String sql) throws SQLException {
        try (Connection c = gov.bureau.portal.support.TestDatabase.connect(); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_no_update");
            try {
                st.execute(sql);
            } finally {
                st.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'");
            }
        }
    }
}
