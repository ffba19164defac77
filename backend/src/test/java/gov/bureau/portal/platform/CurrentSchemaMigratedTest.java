package gov.bureau.portal.platform;

import gov.bureau.portal.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations and checksums a start reads from the class path (SkipCurrentMigrations) are those Flyway
 * records: a schema Flyway migrated (of its own) is current, and no longer once a checksum differs.
 */
@gov.bureau.portal.support.DatabaseTest
class CurrentSchemaMigratedTest {

    @Test
    void aSchemaFlywayMigratedIsCurrentWithTheBundledMigrationsAndNotOnceAChecksumDiffers() throws Exception {
        Map<String, Object> db = TestDatabase.separateSchema("_current");
        String url = (String) db.get("datasources.default.url");
        String user = (String) db.get("datasources.default.username");
        String password = (String) db.get("datasources.default.password");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        List<CurrentSchema.Migration> bundled = SkipCurrentMigrations.bundled();
        assertThat(bundled).hasSizeGreaterThan(10);
        List<CurrentSchema.Applied> history = history(url, user, password);
        assertThat(CurrentSchema.upToDate(bundled, history)).isTrue();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '47'");
        }
        assertThat(CurrentSchema.upToDate(bundled, history(url, user, password))).isFalse();
    }

    private static List<CurrentSchema.Applied> history(String url, String user, String password) throws Exception {
        List<CurrentSchema.Applied> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, type, checksum, success FROM flyway_schema_history")) {
            while (rs.next()) {
                rows.add(new CurrentSchema.Applied(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)));
            }
        }
        return rows;
    }
}
