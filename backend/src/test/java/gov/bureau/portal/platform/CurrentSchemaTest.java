package gov.bureau.portal.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a start may leave Flyway out: only when the history holds exactly the bundled migrations with
 * Flyway's own checksums (CurrentSchemaMigratedTest checks them against a schema Flyway migrated).
 */
class CurrentSchemaTest {

    private static final List<CurrentSchema.Migration> BUNDLED = List.of(new CurrentSchema.Migration("1", 11),
            new CurrentSchema.Migration("2", 22), new CurrentSchema.Migration("10", 100));

    private static CurrentSchema.Applied ok(String version, int checksum) {
        return new CurrentSchema.Applied(version, "SQL", checksum, true);
    }

    @Test
    void onlyExactlyTheBundledMigrationsAppliedWithTheirChecksumsAreCurrent() {
        assertThat(CurrentSchema.upToDate(BUNDLED, List.of(ok("1", 11), ok("2", 22), ok("10", 100)))).isTrue();
        // a new migration to apply
        assertThat(CurrentSchema.upToDate(BUNDLED, List.of(ok("1", 11), ok("2", 22)))).isFalse();
        // a script changed after it was applied
        assertThat(CurrentSchema.upToDate(BUNDLED, List.of(ok("1", 11), ok("2", 23), ok("10", 100)))).isFalse();
        // a failed migration
        assertThat(CurrentSchema.upToDate(BUNDLED, List.of(ok("1", 11), ok("2", 22),
                new CurrentSchema.Applied("10", "SQL", 100, false)))).isFalse();
        // applied by a newer release, or a row of another kind
        assertThat(CurrentSchema.upToDate(BUNDLED, List.of(ok("1", 11), ok("2", 22), ok("10", 100), ok("11", 5)))).isFalse();
        assertThat(CurrentSchema.upToDate(BUNDLED, List.of(ok("1", 11), ok("2", 22), ok("10", 100),
                new CurrentSchema.Applied("0", "BASELINE", null, true)))).isFalse();
        assertThat(CurrentSchema.upToDate(List.of(), List.of())).isFalse();
    }

    @Test
    void checksumsAndVersionsAreReadAsFlywayReadsThem() {
        assertThat(CurrentSchema.checksum("a\r\nb\n")).isEqualTo(CurrentSchema.checksum("a\nb"));
        assertThat(CurrentSchema.checksum("\uFEFFa\nb")).isEqualTo(CurrentSchema.checksum("a\nb"));
        assertThat(CurrentSchema.checksum("a\nb")).isNotEqualTo(CurrentSchema.checksum("a\nc"));
        assertThat(CurrentSchema.version("V47__scale_indexes.sql")).isEqualTo("47");
        assertThat(CurrentSchema.version("V1_1__fix.sql")).isEqualTo("1.1");
        assertThat(CurrentSchema.version("R__views.sql")).isNull();
        assertThat(CurrentSchema.version("afterMigrate.sql")).isNull();
    }
}
