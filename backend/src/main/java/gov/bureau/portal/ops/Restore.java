package gov.bureau.portal.ops;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
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

    private final TableLoader loader = new TableLoader();
    /** Connections loading tables at once; system property {@code portal.restore.parallel}. */
    private final int parallel = Integer.getInteger("portal.restore.parallel", 1);

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
        List<Manifest.Table> tables = new java.util.ArrayList<>();
        for (Manifest.Table t : manifest.tables()) {
            if (t.name().equals(Schema.HISTORY)) {
                continue; // written by the migrations just run, for exactly the archive's versions
            }
            if (!present.contains(t.name())) {
                throw new OpsException("The archive holds table " + t.name() + ", which schema version "
                        + manifest.schemaVersion() + " of this release does not have.");
            }
            tables.add(t);
        }
        // the biggest first, over portal.restore.parallel connections (default 1: on the measured machine more
        // connections cost the tool CPU without shortening the load, README "Backup and restore")
        tables.sort(java.util.Comparator.comparingLong(Manifest.Table::rows).reversed());
        java.util.Queue<Manifest.Table> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(tables);
        int workers = Math.max(1, Math.min(parallel, tables.size()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            List<java.util.concurrent.Future<Void>> running = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> {
                    try (Connection w = database.connect()) {
                        loader.loadTables(w, zip, queue);
                    } catch (SQLException | IOException | RuntimeException e) {
                        queue.clear(); // the others stop after their current table
                        throw e;
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> r : running) {
                r.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException x) {
                throw x;
            }
            if (e.getCause() instanceof IOException x) {
                throw x;
            }
            if (e.getCause() instanceof RuntimeException x) {
                throw x;
            }
            throw new OpsException("The restore failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpsException("The restore was interrupted.", e);
        } finally {
            pool.shutdownNow();
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
            // what this process itself computed (reading, checking, parsing, sending), beside the wall time
            double cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : -1;
            return text + (cpu < 0 ? "" : String.format(java.util.Locale.ROOT, "; this process's CPU %.1f s", cpu));
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
