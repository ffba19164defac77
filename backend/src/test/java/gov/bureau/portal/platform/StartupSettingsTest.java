package gov.bureau.portal.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupSettingsTest {

    private static final String SECRET = "a-secret-that-is-long-enough-for-hs256!!";

    @Test
    void embeddedDatabaseIsTheDefaultAndNeedsNoSecret() {
        StartupSettings s = StartupSettings.from(Map.of());
        assertThat(s.embeddedDatabase()).isTrue();
        assertThat(s.jwtSecret()).isEmpty();
        assertThat(s.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(s.demo()).isFalse();
    }

    @Test
    void externalDatabaseWithoutSecretIsRefused() {
        assertThatThrownBy(() -> StartupSettings.from(Map.of("DB_URL", "jdbc:mysql://db:3306/portal")))
                .isInstanceOf(StartupException.class).hasMessageContaining("JWT_SECRET");
    }

    @Test
    void externalDatabaseWithSecretIsAccepted() {
        StartupSettings s = StartupSettings.from(Map.of("DB_URL", "jdbc:mysql://db:3306/portal", "JWT_SECRET", SECRET,
                "DB_USER", "portal", "DB_PASSWORD", "pw", "PORTAL_DEMO", "true"));
        assertThat(s.embeddedDatabase()).isFalse();
        assertThat(s.dbUser()).isEqualTo("portal");
        assertThat(s.demo()).isTrue();
    }

    @Test
    void shortSecretIsRefused() {
        assertThatThrownBy(() -> StartupSettings.from(Map.of("JWT_SECRET", "short")))
                .isInstanceOf(StartupException.class).hasMessageContaining("too short");
    }

    @Test
    void nonMysqlUrlIsRefused() {
        assertThatThrownBy(() -> StartupSettings.from(Map.of("DB_URL", "jdbc:postgresql://db/portal", "JWT_SECRET", SECRET)))
                .isInstanceOf(StartupException.class).hasMessageContaining("MySQL");
    }

    @Test
    void blankValuesCountAsUnset() {
        StartupSettings s = StartupSettings.from(Map.of("DB_URL", " ", "JWT_SECRET", ""));
        assertThat(s.embeddedDatabase()).isTrue();
        assertThat(s.jwtSecret()).isEmpty();
    }
}
