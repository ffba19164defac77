package gov.bureau.portal.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Whether a schema already holds exactly the migrations this release bundles, so that a start may leave
 * Flyway (its classes, its scan and its validation: a good part of a second start) off the start path
 * ({@link SkipCurrentMigrations}). Pure: the same decision Flyway's validation makes for versioned SQL
 * migrations, taken conservatively. Anything else (a migration not applied yet, a failed one, a changed
 * script, an applied version this release does not know, a row of another kind) leaves it to Flyway,
 * which migrates or reports it as always.
 */
public final class CurrentSchema {

    /** A bundled migration: version (as in V{version}__name.sql) and Flyway's checksum of its script. */
    public record Migration(String version, int checksum) {
    }

    /** A row of flyway_schema_history. */
    public record Applied(String version, String type, Integer checksum, boolean success) {
    }

    private CurrentSchema() {
    }

    public static boolean upToDate(Collection<Migration> bundled, Collection<Applied> applied) {
        if (bundled.isEmpty()) {
            return false;
        }
        Map<String, Integer> wanted = new HashMap<>();
        bundled.forEach(m -> wanted.put(m.version(), m.checksum()));
        Map<String, Integer> found = new HashMap<>();
        for (Applied a : applied) {
            if (!a.success() || a.version() == null || !"SQL".equals(a.type()) || !wanted.containsKey(a.version())
                    || found.put(a.version(), a.checksum()) != null) {
                return false;
            }
        }
        return found.size() == wanted.size()
                && wanted.entrySet().stream().allMatch(e -> Objects.equals(found.get(e.getKey()), e.getValue()));
    }

    /** Flyway's checksum of a script: CRC-32 of its lines without their line breaks (a leading BOM removed). */
    public static int checksum(String script) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(script.startsWith("\uFEFF") ? script.substring(1) : script))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return (int) crc.getValue();
    }

    /** The version of a migration's file name (V47__scale_indexes.sql: "47"), or null for another file. */
    public static String version(String fileName) {
        if (!fileName.startsWith("V") || !fileName.endsWith(".sql") || !fileName.contains("__")) {
            return null;
        }
        String v = fileName.substring(1, fileName.indexOf("__")).replace('_', '.');
        return v.matches("[0-9]+(\\.[0-9]+)*") ? v : null;
    }
}
