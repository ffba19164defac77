package gov.bureau.portal.credit;

import gov.bureau.portal.support.AgencyRows;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V45 on a database written before it (on a schema of its own, on the embedded server or DB_URL's):
 * every agency ever admitted to the pool gets the base standing of the bands in force, a row that
 * named no bands is graded under them, and the foreign keys hold from then on.
 */
@gov.bureau.portal.support.DatabaseTest
class StandingMigrationTest {

    @Test
    void everyAgencyOfThePoolGetsItsStandingAndTheRowsTheirForeignKeys() throws Exception {
        Map<String, Object> db = TestDatabase.separateSchema("_v45");
        String url = (String) db.get("datasources.default.url");
        String user = (String) db.get("datasources.default.username");
        String password = (String) db.get("datasources.default.password");
        // the schema as it was just before V45 (whatever versions other areas have added below it)
        String before = java.util.Arrays.stream(flyway(url, user, password, "latest").info().all())
                .map(org.flywaydb.core.api.MigrationInfo::getVersion).filter(v -> v.compareTo(V45) < 0)
                .max(Comparable::compareTo).orElseThrow().getVersion();
        flyway(url, user, password, before).migrate();

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            // the bands an ADMIN published (base 92, so that the base grade is A), as the rule book stores them
            execute(c, "INSERT INTO rule_version (rule_key, version, content, created_by, created_at) VALUES "
                    + "('credit.bands', 1, '{\"base\":80,\"minA\":90,\"minB\":75,\"minC\":60}', 'system', NOW(6)), "
                    + "('credit.bands', 2, '{\"base\":92,\"minA\":90,\"minB\":75,\"minC\":60}', 'admin', NOW(6))");
            long approved = agency(c, "APPROVED", true);
            long suspended = agency(c, "SUSPENDED", true);
            long withdrawn = agency(c, "WITHDRAWN", true);
            long draft = agency(c, "DRAFT", false);
            long submitted = agency(c, "SUBMITTED", false);
            long graded = agency(c, "APPROVED", true);
            // a row written before V30 named its bands: 80 - 10
            execute(c, "INSERT INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, points_in_force) VALUES ("
                    + graded + ", 70, 'C', FALSE, NOW(6), -10)");

            flyway(url, user, password, "45").migrate();

            long bands = single(c, "SELECT id FROM rule_version WHERE rule_key = 'credit.bands' AND version = 2");
            for (long id : List.of(approved, suspended, withdrawn)) {
                assertThat(row(c, id)).as("agency " + id).containsExactly("92", "A", "0", "0", String.valueOf(bands));
            }
            assertThat(row(c, graded)).containsExactly("82", "B", "-10", "0", String.valueOf(bands));
            assertThat(row(c, draft)).isEmpty();
            assertThat(row(c, submitted)).isEmpty();

            assertThatThrownBy(() -> execute(c, "INSERT INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, "
                    + "points_in_force, bands_version_id) VALUES (987654321, 80, 'B', FALSE, NOW(6), 0, " + bands + ")"))
                    .as("a row of no agency").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "UPDATE credit_standing SET bands_version_id = 987654321 WHERE agency_id = " + approved))
                    .as("a row graded under no version of the bands").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "UPDATE credit_standing SET bands_version_id = NULL WHERE agency_id = " + approved))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static final org.flywaydb.core.api.MigrationVersion V45 = org.flywaydb.core.api.MigrationVersion.fromVersion("45");

    private static Flyway flyway(String url, String user, String password, String target) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target(target).load();
    }

    private static long agency(Connection c, String status, boolean wasApproved) throws SQLException {
        return AgencyRows.row(c, "迁移测试" + status + System.nanoTime(), TestCodes.uscc(), status, wasApproved);
    }

    private static List<String> row(Connection c, long agencyId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT score, grade, points_in_force, "
                + "CASE WHEN blacklisted THEN 1 ELSE 0 END, bands_version_id FROM credit_standing WHERE agency_id = " + agencyId)) {
            if (rs.next()) {
                for (int i = 1; i <= 5; i++) {
                    out.add(rs.getString(i));
                }
            }
        }
        return out;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
