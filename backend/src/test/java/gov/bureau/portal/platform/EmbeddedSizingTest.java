package gov.bureau.portal.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedSizingTest {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void defaultsFollowTheMachinesMemory() {
        assertThat(EmbeddedSizing.from(Map.of(), 1 * GB).bufferPoolOption()).isEqualTo("128M");
        assertThat(EmbeddedSizing.from(Map.of(), 4 * GB).bufferPoolOption()).isEqualTo("512M");
        assertThat(EmbeddedSizing.from(Map.of(), 24 * GB - 300 * 1024 * 1024).bufferPoolOption()).isEqualTo("2944M");
        assertThat(EmbeddedSizing.from(Map.of(), 256 * GB).bufferPoolOption()).isEqualTo("4096M");
        EmbeddedSizing small = EmbeddedSizing.from(Map.of(), 2 * GB);
        assertThat(small.poolSize()).isEqualTo(20);
        assertThat(small.maxConnections()).isEqualTo(120);
    }

    @Test
    void theEnvironmentDecides() {
        EmbeddedSizing s = EmbeddedSizing.from(Map.of("PORTAL_DB_BUFFER_POOL", "1g", "PORTAL_DB_POOL_SIZE", "40",
                "PORTAL_DB_MAX_CONNECTIONS", "300"), 2 * GB);
        assertThat(s.bufferPoolOption()).isEqualTo("1024M");
        assertThat(s.poolSize()).isEqualTo(40);
        assertThat(s.maxConnections()).isEqualTo(300);
        assertThat(EmbeddedSizing.from(Map.of("PORTAL_DB_POOL_SIZE", "50"), 2 * GB).maxConnections()).isEqualTo(150);
        assertThat(EmbeddedSizing.from(Map.of("PORTAL_DB_BUFFER_POOL", "268435456"), 2 * GB).bufferPoolOption()).isEqualTo("256M");
    }

    @Test
    void nonsenseIsRefusedWithTheVariablesName() {
        assertThatThrownBy(() -> EmbeddedSizing.from(Map.of("PORTAL_DB_BUFFER_POOL", "lots"), GB))
                .isInstanceOf(StartupException.class).hasMessageContaining("PORTAL_DB_BUFFER_POOL");
        assertThatThrownBy(() -> EmbeddedSizing.from(Map.of("PORTAL_DB_BUFFER_POOL", "64M"), GB))
                .hasMessageContaining("at least 128M");
        assertThatThrownBy(() -> EmbeddedSizing.from(Map.of("PORTAL_DB_POOL_SIZE", "0"), GB))
                .hasMessageContaining("PORTAL_DB_POOL_SIZE");
        assertThatThrownBy(() -> EmbeddedSizing.from(Map.of("PORTAL_DB_POOL_SIZE", "30", "PORTAL_DB_MAX_CONNECTIONS", "20"), GB))
                .hasMessageContaining("must exceed");
        assertThatThrownBy(() -> EmbeddedSizing.from(Map.of("PORTAL_DB_BUFFER_POOL", "99999999999G"), GB))
                .hasMessageContaining("PORTAL_DB_BUFFER_POOL");
    }
}
