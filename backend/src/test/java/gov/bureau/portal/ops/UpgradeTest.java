package gov.bureau.portal.ops;

import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade path (issue 12): a database made by the first release (schema V30, the state of
 * 2026-11-22, with that release's demonstration data; {@code upgrade/first-release.sql.gz}, made once,
 * see {@code upgrade/README.md}) is migrated by this release at start, and the portal works on it:
 * the accounts sign in, the audit chain still verifies, the data reads as before, and it takes writes.
 */
@gov.bureau.portal.support.DatabaseTest
class UpgradeTest {

    static final String FIXTURE = "/upgrade/first-release.sql.gz";
    static final String ADMIN_PASSWORD = "Upgrade-Admin-2026";
    static final String DEMO_PASSWORD = "Upgrade-Demo-2026";

    @Test
    void aDatabaseOfTheFirstReleaseMigratesToTheCurrentSchemaAndThePortalWorksOnIt() throws Exception {
        Map<String, Object> db = TestDatabase.separateSchema("_upgrade");
        String url = (String) db.get("datasources.default.url");
        String user = (String) db.get("datasources.default.username");
        String password = (String) db.get("datasources.default.password");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            load(c, FIXTURE);
            assertThat(Schema.version(c)).contains("30");
        }
        long agencies;
        long auditEntries;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            agencies = Long.parseLong(BackupRestoreTest.single(c, "SELECT COUNT(*) FROM agency"));
            auditEntries = Long.parseLong(BackupRestoreTest.single(c, "SELECT COUNT(*) FROM audit_log"));
            assertThat(agencies).isGreaterThanOrEqualTo(15);
        }

        Map<String, Object> properties = new HashMap<>(db);
        properties.put("micronaut.server.port", "-1");
        try (ApplicationContext portal = ApplicationContext.run(properties, "test")) {
            EmbeddedServer server = portal.getBean(EmbeddedServer.class).start();
            TestClient api = new TestClient(HttpClient.create(server.getURL()), portal.getBean(JsonMapper.class));
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                Restore restore = new Restore(new Database(url, user, password, "upgrade"), BackupRestoreTest.documents(
                        java.nio.file.Path.of("target", "ops-upgrade-unused")));
                assertThat(Schema.version(c)).contains(restore.newestKnown().getVersion());
                // V45: every agency ever admitted to the pool has its standing
                assertThat(BackupRestoreTest.single(c, "SELECT COUNT(*) FROM agency a WHERE a.status IN ('APPROVED', 'SUSPENDED') "
                        + "AND NOT EXISTS (SELECT 1 FROM credit_standing s WHERE s.agency_id = a.id)")).isEqualTo("0");
                // V95: the timeline's codes left the note column for their own (the first release wrote 5)
                assertThat(BackupRestoreTest.single(c, "SELECT COUNT(*) FROM engagement_state_change WHERE code = 'DRAFT_APPROVED'"))
                        .isEqualTo("5");
                assertThat(BackupRestoreTest.single(c, "SELECT COUNT(*) FROM engagement_state_change WHERE note IN ('REWORK', 'DRAFT_APPROVED')"))
                        .isEqualTo("0");
            }
            String admin = api.token("admin", ADMIN_PASSWORD);
            Response chain = api.get(admin, "/api/audit-log/verification");
            assertThat(chain.get("valid")).as(chain.toString()).isEqualTo(true);
            // the old entries (the chain is re-hashed from the first, so none changed), plus what the portal
            // recorded since it started (start-up work of later releases, the sign-in)
            assertThat(((Number) chain.get("entries")).longValue()).isGreaterThanOrEqualTo(auditEntries);

            Response list = api.get(admin, "/api/agencies?size=100");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(((Number) list.get("totalElements")).longValue()).isEqualTo(agencies);

            String agency = api.token("agency1", DEMO_PASSWORD);
            Response me = api.get(agency, "/api/agencies/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.get("name")).isEqualTo("江苏金陵会计师事务所（特殊普通合伙）");
            Response credit = api.get(agency, "/api/agencies/" + ((Number) me.get("id")).longValue() + "/credit");
            assertThat(credit.status()).as(credit.toString()).isEqualTo(200);

            String staff = api.token("staff", DEMO_PASSWORD);
            Response engagements = api.get(staff, "/api/engagements?size=50");
            assertThat(engagements.status()).as(engagements.toString()).isEqualTo(200);
            assertThat(engagements.content()).isNotEmpty();
            long engagementId = ((Number) engagements.content().get(0).get("id")).longValue();
            assertThat(api.get(staff, "/api/engagements/" + engagementId).status()).isEqualTo(200);

            // and it takes writes, which extend the old audit chain
            Response created = api.post(admin, "/api/users", Map.of("username", "upgraded" + System.nanoTime() % 100000,
                    "displayName", "升级后", "roles", java.util.List.of("STAFF"), "password", "Upgraded-Staff-2026"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(api.get(admin, "/api/audit-log/verification").get("valid")).isEqualTo(true);
        }
    }

    /**
     * Runs a dump as the {@code mariadb}/{@code mysql} client would: statements end with the delimiter
     * at the end of a line (dumps escape newlines inside strings), {@code DELIMITER} changes it.
     */
    static void load(Connection c, String resource) throws Exception {
        try (InputStream raw = UpgradeTest.class.getResourceAsStream(resource)) {
            assertThat(raw).as(resource).isNotNull();
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String delimiter = ";";
            StringBuilder statement = new StringBuilder();
            try (Statement st = c.createStatement()) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (statement.length() == 0) {
                        String trimmed = line.strip();
                        if (trimmed.isEmpty() || trimmed.startsWith("-- ")) {
                            continue;
                        }
                        if (trimmed.toUpperCase().startsWith("DELIMITER ")) {
                            delimiter = trimmed.substring("DELIMITER ".length()).strip();
                            continue;
                        }
                    }
                    statement.append(line).append('\n');
                    if (line.stripTrailing().endsWith(delimiter)) {
                        String sql = statement.toString().stripTrailing();
                        sql = sql.substring(0, sql.length() - delimiter.length());
                        if (!sql.isBlank()) {
                            st.execute(sql);
                        }
                        statement.setLength(0);
                    }
                }
            }
        }
    }
}
