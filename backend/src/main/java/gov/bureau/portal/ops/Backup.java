package gov.bureau.portal.ops;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code bin/portal backup FILE}: one zip archive with
 * <ul>
 *   <li>{@code database/<table>.rows}: every table, read in ONE consistent snapshot (a REPEATABLE READ
 *       transaction started WITH CONSISTENT SNAPSHOT, read-only): the portal keeps serving and writing
 *       while it runs, and the archive holds the database exactly as it was at the snapshot's start;</li>
 *   <li>{@code documents/<key>}: every stored document, read after the snapshot began (so every
 *       document the snapshot names is there: documents are stored before the rows naming them);</li>
 *   <li>{@code secret/jwt-secret}: the token signing secret;</li>
 *   <li>{@code manifest.json} (last): versions, rows per table, SHA-256 of every data file and document.</li>
 * </ul>
 * Plain JDBC, streaming row by row: no {@code mysqldump} binary is needed, memory stays flat, and the
 * same code serves the embedded and an external MySQL 8 / MariaDB.
 */
public final class Backup {

    private final Database database;
    private final ObjectStorageOperations<?, ?, ?> documents;
    private final Optional<String> signingSecret;
    private final String portalVersion;

    public Backup(Database database, ObjectStorageOperations<?, ?, ?> documents, Optional<String> signingSecret,
                  String portalVersion) {
        this.database = database;
        this.documents = documents;
        this.signingSecret = signingSecret;
        this.portalVersion = portalVersion;
    }

    public Manifest writeTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new OpsException("The backup file " + target + " exists already: name a new file.");
        }
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Manifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                zip.setLevel(Deflater.BEST_SPEED);
                manifest = write(zip);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return manifest;
        } catch (IOException e) {
            throw new OpsException("Cannot write the backup to " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new OpsException("The database could not be read (" + database.description() + "): " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private Manifest write(ZipOutputStream zip) throws SQLException, IOException {
        String created = Instant.now().toString();
        long started = System.nanoTime();
        List<Manifest.Table> tables = new ArrayList<>();
        String schemaVersion;
        String server;
        try (Connection c = database.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
            server = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            schemaVersion = Schema.version(c).orElseThrow(() ->
                    new OpsException("The database holds no portal schema (no flyway_schema_history): nothing to back up."));
            for (String table : Schema.tables(c)) {
                tables.add(table(c, zip, table));
            }
            c.commit();
        }
        long snapshotMillis = (System.nanoTime() - started) / 1_000_000;

        List<Manifest.Document> docs = new ArrayList<>();
        for (String key : new TreeSet<>(documents.listObjects())) {
            Optional<? extends ObjectStorageEntry<?>> entry = documents.retrieve(key);
            if (entry.isEmpty()) {
                continue; // removed after the listing: a file of a failed upload, named by no row
            }
            zip.putNextEntry(new ZipEntry("documents/" + key));
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = entry.get().getInputStream()) {
                size = copy(in, new DigestOutputStream(new NonClosing(zip), sha));
            }
            zip.closeEntry();
            docs.add(new Manifest.Document(key, size, HexFormat.of().formatHex(sha.digest())));
        }
        if (signingSecret.isPresent()) {
            zip.putNextEntry(new ZipEntry("secret/jwt-secret"));
            zip.write(signingSecret.get().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, portalVersion, schemaVersion, created, server, snapshotMillis,
                tables, docs, signingSecret.isPresent());
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(manifest.toJson());
        zip.closeEntry();
        return manifest;
    }

    private static Manifest.Table table(Connection c, ZipOutputStream zip, String table) throws SQLException, IOException {
        List<String> columns = Schema.storedColumns(c, table);
        zip.putNextEntry(new ZipEntry("database/" + table + ".rows"));
        MessageDigest sha = sha256();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(new NonClosing(zip), sha), 1 << 16));
        long rows = 0;
        String select = "SELECT " + String.join(", ", columns.stream().map(Schema::quote).toList()) + " FROM " + Schema.quote(table);
        try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(Integer.MIN_VALUE); // Connector/J streams the rows one by one
            try (ResultSet rs = st.executeQuery(select)) {
                ResultSetMetaData meta = rs.getMetaData();
                int[] types = new int[meta.getColumnCount()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = meta.getColumnType(i + 1);
                }
                while (rs.next()) {
                    RowFormat.writeRow(rs, types, out);
                    rows++;
                }
            }
        }
        RowFormat.end(out);
        out.flush();
        zip.closeEntry();
        return new Manifest.Table(table, columns, rows, HexFormat.of().formatHex(sha.digest()));
    }

    static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        out.flush();
        return total;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Lets a stream over one zip entry be flushed and closed without closing the zip. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
