package gov.bureau.portal.ops;

import gov.bureau.portal.documents.LocalFileObjectStorage;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backup and restore (issue 12): seed, back up while agencies keep registering and uploading, restore
 * into an empty schema and document store, then every write acknowledged before the backup began is
 * there, every document's SHA-256 matches its row, and a portal started on the restored data verifies
 * its audit chain and serves the documents. On the embedded database, or DB_URL's server.
 */
@MicronautTest(transactional = false)
class BackupRestoreTest extends IntegrationTest {

    private static final String SUFFIX = "_backup";
    private final Path work = Path.of("target", "ops-test", Long.toString(System.nanoTime(), 36)).toAbsolutePath();

    @Inject
    JsonMapper json;

    @Override
    protected String separateSchema() {
        return SUFFIX;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("portal.documents.location", work.resolve("documents").toString());
    }

    private Map<String, Object> db() {
        return TestDatabase.separateSchema(SUFFIX);
    }

    private Database source() {
        Map<String, Object> p = db();
        return new Database((String) p.get("datasources.default.url"), (String) p.get("datasources.default.username"),
                (String) p.get("datasources.default.password"), "test database");
    }

    /** An empty schema beside the test's own, as a wiped database would be. */
    private Database emptySchema(String suffix) throws Exception {
        Database source = source();
        Matcher m = Pattern.compile("^(jdbc:mysql://[^/]+/)([A-Za-z0-9_]+)(.*)$").matcher(source.url());
        assertThat(m.matches()).isTrue();
        String schema = m.group(2) + suffix;
        try (Connection c = source.connect(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + schema);
            st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new Database(m.group(1) + schema + m.group(3), source.user(), source.password(), "schema " + schema);
    }

    private static byte[] pdf(String marker) {
        return (new String(Agencies.pdf(), StandardCharsets.US_ASCII) + "% " + marker + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** An agency that registered and uploaded one document; its id and the document's hash. */
    record Written(long agencyId, String sha256) {
    }

    private Written write(String marker) {
        Agencies.Registered a = Agencies.register(api);
        byte[] pdf = pdf(marker);
        Response up = Agencies.upload(api, a.token(), "BUSINESS_LICENCE", marker + ".pdf", pdf, MediaType.APPLICATION_PDF_TYPE);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        return new Written(a.id(), (String) up.get("sha256"));
    }

    @Test
    void aBackupTakenWhileThePortalWritesRestoresEveryAcknowledgedWriteItsDocumentsAndAVerifiedAuditChain() throws Exception {
        List<Written> seeded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seeded.add(write("seed" + i));
        }
        // writes continue while the backup runs; each is recorded when its answer came (acknowledged)
        List<Written> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Long> acknowledgedAt = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                try {
                    Written w = write("during" + i++);
                    synchronized (acknowledged) {
                        acknowledged.add(w);
                        acknowledgedAt.add(System.nanoTime());
                    }
                } catch (Throwable t) {
                    failures.add(t);
                    return;
                }
            }
        });
        writer.start();
        while (acknowledged.size() < 3 && failures.isEmpty()) {
            Thread.sleep(20);
        }
        long backupStarted = System.nanoTime();
        Path archive = work.resolve("backup.zip");
        Manifest manifest = new Backup(source(), documents(work.resolve("documents")), Optional.of(TestDatabase.JWT_SECRET), "test")
                .writeTo(archive);
        int writtenDuringBackup = acknowledged.size();
        while (acknowledged.size() < writtenDuringBackup + 2 && failures.isEmpty()) {
            Thread.sleep(20); // and the portal keeps writing after it
        }
        stop.set(true);
        writer.join();
        assertThat(failures).isEmpty();

        List<Written> beforeBackup = new ArrayList<>(seeded);
        synchronized (acknowledged) {
            for (int i = 0; i < acknowledged.size(); i++) {
                if (acknowledgedAt.get(i) < backupStarted) {
                    beforeBackup.add(acknowledged.get(i));
                }
            }
        }
        assertThat(beforeBackup.size()).isGreaterThanOrEqualTo(8);
        assertThat(manifest.documents()).hasSizeGreaterThanOrEqualTo(beforeBackup.size());
        assertThat(manifest.counts()).containsKeys("agency", "agency_document", "audit_log", "app_user");
        assertThat(manifest.schemaVersion()).isNotBlank();

        // wiped: an empty database and an empty document store
        Database restored = emptySchema("_restored");
        Path restoredDocuments = work.resolve("restored-documents");
        Restore.Restored result = new Restore(restored, documents(restoredDocuments)).from(archive);
        assertThat(result.signingSecret()).contains(TestDatabase.JWT_SECRET);

        try (Connection c = restored.connect()) {
            for (Written w : beforeBackup) {
                assertThat(single(c, "SELECT sha256 FROM agency_document WHERE agency_id = " + w.agencyId()))
                        .as("agency " + w.agencyId() + " acknowledged before the backup").isEqualTo(w.sha256());
            }
            // every document a row names is there, with the row's SHA-256
            int checked = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT storage_key, sha256 FROM agency_document UNION ALL "
                         + "SELECT storage_key, sha256 FROM engagement_document UNION ALL SELECT storage_key, sha256 FROM credit_file")) {
                while (rs.next()) {
                    Path file = restoredDocuments.resolve(rs.getString(1));
                    assertThat(file).as(rs.getString(1)).exists();
                    assertThat(sha256(Files.readAllBytes(file))).isEqualTo(rs.getString(2));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(beforeBackup.size());
            // the snapshot is consistent: no row of a write the backup did not see half-way
            assertThat(Long.parseLong(single(c, "SELECT COUNT(*) FROM agency")))
                    .isEqualTo(Long.parseLong(single(c, "SELECT COUNT(*) FROM agency_document")));
        }

        // a portal on the restored data: its audit chain verifies, it serves the documents, it takes writes
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("datasources.default.url", restored.url());
        properties.put("portal.documents.location", restoredDocuments.toString());
        try (ApplicationContext restoredPortal = ApplicationContext.run(properties, "test")) {
            EmbeddedServer server = restoredPortal.getBean(EmbeddedServer.class).start();
            TestClient portal = new TestClient(HttpClient.create(server.getURL()), json);
            String admin = portal.token("admin", TestDatabase.ADMIN_PASSWORD);
            Response verification = portal.get(admin, "/api/audit-log/verification");
            assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
            assertThat(verification.get("valid")).as(verification.toString()).isEqualTo(true);
            assertThat(((Number) verification.get("entries")).longValue()).isEqualTo(manifest.counts().get("audit_log"));
            Written first = seeded.get(0);
            Response docs = portal.get(admin, "/api/agencies/" + first.agencyId());
            assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
            @SuppressWarnings("unchecked")
            Map<String, Object> doc = ((List<Map<String, Object>>) ((Map<String, Object>) docs.get("profile")).get("documents")).get(0);
            byte[] body = HttpClient.create(server.getURL()).toBlocking().exchange(HttpRequest.GET("/api/agencies/"
                    + first.agencyId() + "/documents/" + doc.get("id")).bearerAuth(admin), byte[].class).body();
            assertThat(sha256(body)).isEqualTo(first.sha256());
            Agencies.Registered after = Agencies.register(portal);
            assertThat(after.id()).isGreaterThan(beforeBackup.stream().mapToLong(Written::agencyId).max().orElseThrow());
            assertThat(portal.get(admin, "/api/audit-log/verification").get("valid")).isEqualTo(true);
        }
    }

    @Test
    void aQuietBackupRestoresEveryTableExactlyAndRestoreRefusesWhatItMustNot() throws Exception {
        write("quiet");
        Users.tokenFor(api, unique("opsst"), "STAFF");
        Path archive = work.resolve("quiet.zip");
        Manifest manifest = new Backup(source(), documents(work.resolve("documents")), Optional.empty(), "test").writeTo(archive);
        assertThatThrownBy(() -> new Backup(source(), documents(work.resolve("documents")), Optional.empty(), "test").writeTo(archive))
                .isInstanceOf(OpsException.class).hasMessageContaining("exists already");

        Database restored = emptySchema("_exact");
        Path restoredDocuments = work.resolve("exact-documents");

        // a damaged archive is refused before anything changes
        Path damaged = rewrite(archive, work.resolve("damaged.zip"), (name, bytes) ->
                name.equals("documents/" + manifest.documents().get(0).key()) ? pdf("tampered") : bytes);
        assertThatThrownBy(() -> new Restore(restored, documents(restoredDocuments)).from(damaged))
                .isInstanceOf(OpsException.class).hasMessageContaining("does not match its manifest");
        // an archive of a newer schema is refused
        Path newer = rewrite(archive, work.resolve("newer.zip"), (name, bytes) -> name.equals(Manifest.ENTRY)
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"schemaVersion\" : \"" + manifest.schemaVersion() + "\"",
                "\"schemaVersion\" : \"9999\"").getBytes(StandardCharsets.UTF_8) : bytes);
        assertThatThrownBy(() -> new Restore(restored, documents(restoredDocuments)).from(newer))
                .isInstanceOf(OpsException.class).hasMessageContaining("newer than this release");
        try (Connection c = restored.connect()) {
            assertThat(Schema.tables(c)).isEmpty();
        }
        assertThat(restoredDocuments).doesNotExist();

        // every table, however small, loaded with its secondary indexes dropped and built again after
        // (a restore does so from 20,000 rows on)
        System.setProperty("portal.restore.defer-indexes-from", "0");
        try {
            new Restore(restored, documents(restoredDocuments)).from(archive);
        } finally {
            System.clearProperty("portal.restore.defer-indexes-from");
        }
        // every table holds exactly the same data (CHECKSUM TABLE reads every column of every row) under
        // exactly the same definition, indexes included
        try (Connection a = source().connect(); Connection b = restored.connect()) {
            for (Manifest.Table t : manifest.tables()) {
                if (t.name().equals(Schema.HISTORY)) {
                    continue;
                }
                String original = checksum(a, t.name());
                assertThat(original).as(t.name()).isNotNull();
                assertThat(checksum(b, t.name())).as(t.name()).isEqualTo(original);
                assertThat(definition(b, t.name())).as(t.name()).isEqualTo(definition(a, t.name()));
            }
        }
        // and a second restore into it is refused: it is not empty any more
        assertThatThrownBy(() -> new Restore(restored, documents(work.resolve("other-documents"))).from(archive))
                .isInstanceOf(OpsException.class).hasMessageContaining("not empty");
    }

    /** SHOW CREATE TABLE without the AUTO_INCREMENT counter and with the indexes in name order. */
    private static String definition(Connection c, String table) throws Exception {
        String create = single(c, "SHOW CREATE TABLE " + Schema.quote(table), 2).replaceAll(" AUTO_INCREMENT=\\d+", "");
        return java.util.Arrays.stream(create.split("\n")).map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l)
                .sorted().collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String checksum(Connection c, String table) throws Exception {
        return single(c, "CHECKSUM TABLE " + Schema.quote(table), 2);
    }

    interface Edit {
        byte[] apply(String name, byte[] bytes);
    }

    private static Path rewrite(Path from, Path to, Edit edit) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(edit.apply(e.getName(), bytes));
                out.closeEntry();
            }
        }
        return to;
    }

    static LocalFileObjectStorage documents(Path dir) {
        return new LocalFileObjectStorage(dir.toString(), "unused");
    }

    static String single(Connection c, String sql) throws Exception {
        return single(c, sql, 1);
    }

    static String single(Connection c, String sql, int column) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(column);
        }
    }

    static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(Backup.sha256().digest(bytes));
    }
}
