package gov.bureau.portal.ops;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code bin/portal restore FILE}: puts an archive of {@link Backup} into an EMPTY database and an
 * empty document store. In order, so that a refused or damaged archive changes nothing:
 * <ol>
 *   <li>reads the manifest; refuses an archive of a schema newer than this release knows;</li>
 *   <li>refuses a database that has any table, or a document store with any file;</li>
 *   <li>checks the SHA-256 of every data file and document in the archive against the manifest;</li>
 *   <li>creates the schema of the archive's version with this release's migrations (Flyway, up to
 *       that version: the portal's next start migrates it to the current one), loads every table,
 *       and compares the rows per table with the manifest;</li>
 *   <li>stores every document and reads it back, comparing its SHA-256 with the manifest.</li>
 * </ol>
 */
public final class Restore {

    /**
     * Rows per multi-row INSERT (rewriteBatchedStatements) and per commit; system property
     * {@code portal.restore.batch} (for measurements).
     */
    private final int batch = Integer.getInteger("portal.restore.batch", 5000);
    /**
     * From this many rows, a table's secondary indexes are dropped before its rows are loaded and built
     * again after: one sorted build per index instead of a random insert per row and index. System property
     * {@code portal.restore.defer-indexes-from} (for measurements and tests).
     */
    private final long deferIndexesFrom = Long.getLong("portal.restore.defer-indexes-from", 20_000);

    private final Database database;
    private final ObjectStorageOperations<?, ?, ?> documents;

    public Restore(Database database, ObjectStorageOperations<?, ?, ?> documents) {
        this.database = database;
        this.documents = documents;
    }

    /** The outcome: the manifest restored, the archive's signing secret if it held one, and where the time went. */
    public record Restored(Manifest manifest, Optional<String> signingSecret, String timings) {
    }

    public Restored from(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Manifest manifest = manifest(zip);
            Timings timings = new Timings();
            try (Connection c = database.connect()) {
                refuseNewerSchema(manifest);
                refuseNonEmpty(c);
                verifyArchive(zip, manifest);
                timings.lap("checks");
                migrate(manifest.schemaVersion());
                timings.lap("schema");
                load(c, zip, manifest);
                timings.lap("tables");
            }
            restoreDocuments(zip, manifest);
            timings.lap("documents");
            Optional<String> secret = Optional.ofNullable(zip.getEntry("secret/jwt-secret")).map(e -> {
                try (InputStream in = zip.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new OpsException("Cannot read the signing secret of the archive: " + ex.getMessage(), ex);
                }
            });
            return new Restored(manifest, secret, timings.toString());
        } catch (java.util.zip.ZipException e) {
            throw new OpsException(file + " is not a portal backup archive (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new OpsException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new OpsException("The database refused the restore (" + database.description() + "): " + e.getMessage(), e);
        }
    }

    static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new OpsException(zip.getName() + " holds no manifest.json: not a complete portal backup.");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = Manifest.read(in);
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new OpsException("The archive has format " + manifest.format() + "; this release reads format " + Manifest.FORMAT + ".");
        }
        return manifest;
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").target(target).load();
    }

    /** The newest schema this release can create. */
    MigrationVersion newestKnown() {
        return Arrays.stream(flyway("latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null).max(MigrationVersion::compareTo).orElseThrow();
    }

    private void refuseNewerSchema(Manifest manifest) {
        MigrationVersion archived = MigrationVersion.fromVersion(manifest.schemaVersion());
        MigrationVersion newest = newestKnown();
        if (archived.compareTo(newest) > 0) {
            throw new OpsException("The archive holds schema version " + manifest.schemaVersion() + " (portal "
                    + manifest.portalVersion() + "), newer than this release's " + newest.getVersion()
                    + ": restore it with that portal release or a later one.");
        }
    }

    private void refuseNonEmpty(Connection c) throws SQLException {
        List<String> tables = Schema.tables(c);
        if (!tables.isEmpty()) {
            throw new OpsException("The database is not empty (" + tables.size() + " tables, e.g. " + tables.get(0)
                    + "): restore needs an empty database; create a new one or drop this one first.");
        }
        if (!documents.listObjects().isEmpty()) {
            throw new OpsException("The document store is not empty: restore needs an empty one.");
        }
    }

    private static void verifyArchive(ZipFile zip, Manifest manifest) throws IOException {
        for (Manifest.Table t : manifest.tables()) {
            check(zip, "database/" + t.name() + ".rows", t.sha256());
        }
        for (Manifest.Document d : manifest.documents()) {
            check(zip, "documents/" + d.key(), d.sha256());
        }
    }

    private static void check(ZipFile zip, String name, String sha256) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new OpsException("The archive lacks " + name + ", which its manifest lists: it is incomplete.");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            MessageDigest sha = Backup.sha256();
            Backup.copy(new DigestInputStream(in, sha), OutputStream.nullOutputStream());
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                throw new OpsException("The archive's " + name + " does not match its manifest (SHA-256): it is damaged.");
            }
        }
    }

    private void migrate(String version) {
        flyway(version).migrate();
    }

    private void load(Connection c, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        List<String> present = Schema.tables(c);
        try (Statement st = c.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.execute("SET UNIQUE_CHECKS = 0");
        }
        c.setAutoCommit(false);
        try {
            for (Manifest.Table t : manifest.tables()) {
                if (t.name().equals(Schema.HISTORY)) {
                    continue; // written by the migrations just run, for exactly the archive's versions
                }
                if (!present.contains(t.name())) {
                    throw new OpsException("The archive holds table " + t.name() + ", which schema version "
                            + manifest.schemaVersion() + " of this release does not have.");
                }
                if (count(c, t.name()) > 0) {
                    try (Statement st = c.createStatement()) {
                        st.execute("DELETE FROM " + Schema.quote(t.name())); // rows the migrations seeded
                    }
                }
                List<String> deferred = t.rows() >= deferIndexesFrom ? dropSecondaryIndexes(c, t.name()) : List.of();
                loadTable(c, zip, t);
                if (!deferred.isEmpty()) {
                    try (Statement st = c.createStatement()) {
                        st.execute("ALTER TABLE " + Schema.quote(t.name()) + " " + String.join(", ", deferred));
                    }
                }
            }
        } finally {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("SET FOREIGN_KEY_CHECKS = 1");
                st.execute("SET UNIQUE_CHECKS = 1");
            }
        }
        Map<String, Long> expected = manifest.counts();
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            long rows = count(c, e.getKey());
            if (rows != e.getValue()) {
                throw new OpsException("Table " + e.getKey() + " has " + rows + " rows after the restore; the manifest says "
                        + e.getValue() + ".");
            }
        }
    }

    private static final java.util.regex.Pattern SECONDARY_INDEX =
            java.util.regex.Pattern.compile("^\\s*KEY\\s+(`(?:[^`]|``)+`)\\s*\\(.*?,?$");

    /**
     * Drops the plain secondary indexes ({@code KEY}, not PRIMARY, UNIQUE, FULLTEXT) of an empty table and
     * answers the {@code ADD} clauses that build them again, exactly as {@code SHOW CREATE TABLE} wrote them.
     * An index a foreign key needs cannot be dropped and is kept.
     */
    static List<String> dropSecondaryIndexes(Connection c, String table) throws SQLException {
        String create;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + Schema.quote(table))) {
            rs.next();
            create = rs.getString(2);
        }
        List<String> readd = new java.util.ArrayList<>();
        for (String line : create.split("\n")) {
            java.util.regex.Matcher m = SECONDARY_INDEX.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String definition = line.trim();
            if (definition.endsWith(",")) {
                definition = definition.substring(0, definition.length() - 1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE " + Schema.quote(table) + " DROP INDEX " + m.group(1));
                readd.add("ADD " + definition);
            } catch (SQLException neededByAForeignKey) {
                // kept: it is filled row by row like the primary key
            }
        }
        return readd;
    }

    private void loadTable(Connection c, ZipFile zip, Manifest.Table t) throws SQLException, IOException {
        List<String> columns = t.columns();
        String insert = "INSERT INTO " + Schema.quote(t.name()) + " ("
                + String.join(", ", columns.stream().map(Schema::quote).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                zip.getInputStream(zip.getEntry("database/" + t.name() + ".rows")), 1 << 16));
             PreparedStatement ps = c.prepareStatement(insert)) {
            int pending = 0;
            Object[] row;
            while ((row = RowFormat.readRow(in, columns.size())) != null) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, java.sql.Types.NULL);
                    } else if (row[i] instanceof byte[] bytes) {
                        ps.setBytes(i + 1, bytes);
                    } else {
                        ps.setString(i + 1, (String) row[i]);
                    }
                }
                ps.addBatch();
                if (++pending == batch) {
                    ps.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + Schema.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Seconds per phase, for the operator (and the measurements in the README). */
    private static final class Timings {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(phase).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private void restoreDocuments(ZipFile zip, Manifest manifest) throws IOException {
        for (Manifest.Document d : manifest.documents()) {
            byte[] bytes;
            try (InputStream in = zip.getInputStream(zip.getEntry("documents/" + d.key()))) {
                bytes = in.readAllBytes();
            }
            documents.upload(UploadRequest.fromBytes(bytes, d.key()));
            Optional<? extends ObjectStorageEntry<?>> back = documents.retrieve(d.key());
            if (back.isEmpty()) {
                throw new OpsException("Document " + d.key() + " cannot be read back from the document store after the restore.");
            }
            MessageDigest sha = Backup.sha256();
            try (InputStream in = back.get().getInputStream()) {
                Backup.copy(new DigestInputStream(in, sha), OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(d.sha256())) {
                throw new OpsException("Document " + d.key() + " reads back with another SHA-256 than the manifest's.");
            }
        }
    }
}
