package gov.bureau.portal.ops;

import gov.bureau.portal.platform.JdbcUrls;
import gov.bureau.portal.platform.StartupException;
import gov.bureau.portal.platform.StartupSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/portal check}: the configuration as the portal would read it, the data directory, and
 * whether the database answers, with its schema version against this release's. Prints one line per
 * finding ({@code ok}, {@code note} or {@code PROBLEM}); exit code 1 when there is a problem.
 */
final class Check {

    private final Map<String, String> env;
    private final PrintStream out;
    private final List<String> problems = new ArrayList<>();

    Check(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    int run() {
        out.println("portal " + PortalCommand.version() + " check");
        StartupSettings settings;
        try {
            settings = StartupSettings.from(env);
            ok("configuration: " + (settings.embeddedDatabase() ? "embedded database" : "DB_URL " + settings.dbUrl().get())
                    + ", data directory " + settings.dataDir());
        } catch (StartupException e) {
            problem("configuration: " + e.getMessage());
            return finish();
        }
        directory(settings.dataDir(), "data directory (PORTAL_DATA_DIR)");
        if (settings.embeddedDatabase()
                && settings.dataDir().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())) {
            note("data directory " + settings.dataDir() + " lies under the temp directory, which the system may clear (tmpfs, tmp cleaners): keep production data elsewhere");
        }
        if ("s3".equalsIgnoreCase(env.getOrDefault("PORTAL_STORAGE", "local"))) {
            s3(settings);
        } else {
            String location = env.getOrDefault("PORTAL_DOCUMENTS_LOCATION", "");
            directory(location.isBlank() ? settings.dataDir().resolve("documents") : Path.of(location).toAbsolutePath(),
                    "document store");
        }
        if (!settings.embeddedDatabase()) {
            String url = settings.dbUrl().get().toLowerCase();
            if (!url.contains("sslmode") && !url.contains("usessl")) {
                note("the connection to the database is not encrypted (useSSL=false is the default); for a database on "
                        + "another host add sslMode=VERIFY_IDENTITY to DB_URL (README, Production)");
            }
        }
        database(settings);
        return finish();
    }

    private void database(StartupSettings settings) {
        Database db;
        try {
            if (settings.embeddedDatabase()) {
                db = Database.of(settings, false);
            } else {
                String url = JdbcUrls.withSessionDefaults(settings.dbUrl().get());
                if (!url.toLowerCase().contains("connecttimeout")) {
                    url += "&connectTimeout=10000";
                }
                db = new Database(url, settings.dbUser(), settings.dbPassword(), "external database " + settings.dbUrl().get());
            }
        } catch (OpsException | StartupException e) {
            problem("database: " + e.getMessage());
            return;
        }
        try (Connection c = db.connect()) {
            String server = c.getMetaData().getDatabaseProductVersion();
            ok("database: reachable, " + db.description() + ", server " + server);
            MigrationVersion newest = Arrays.stream(Flyway.configure().dataSource(db.url(), db.user(), db.password())
                            .locations("classpath:db/migration").load().info().all())
                    .map(MigrationInfo::getVersion).filter(v -> v != null).max(MigrationVersion::compareTo).orElseThrow();
            var version = Schema.version(c);
            if (version.isEmpty()) {
                note("database: empty; the portal creates schema version " + newest.getVersion() + " on its first start");
            } else if (MigrationVersion.fromVersion(version.get()).compareTo(newest) > 0) {
                problem("database: schema version " + version.get() + " is newer than this release's " + newest.getVersion()
                        + ": this release must not run on it");
            } else if (MigrationVersion.fromVersion(version.get()).compareTo(newest) < 0) {
                note("database: schema version " + version.get() + "; the portal migrates it to " + newest.getVersion() + " at start");
            } else {
                ok("database: schema version " + version.get() + ", current");
            }
        } catch (SQLException | RuntimeException e) {
            problem("database: cannot connect to the " + db.description() + " as user " + db.user() + ": " + rootMessage(e));
        }
    }

    private void s3(StartupSettings settings) {
        try (var store = (gov.bureau.portal.documents.S3ObjectStorage) PortalCommand.documents(env, settings)) {
            store.probe();
            ok("document store: " + store.describe() + " answers");
        } catch (OpsException e) {
            problem("document store: " + e.getMessage());
        } catch (RuntimeException e) {
            problem("document store: the S3 store does not answer: " + rootMessage(e));
        }
    }

    private void directory(Path dir, String what) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            problem(what + " " + dir + " is not writable by this user");
        } else {
            ok(what + " " + dir + (Files.exists(dir) ? "" : " (created at start)"));
        }
        try {
            if (Files.exists(dir)) {
                long free = Files.getFileStore(dir).getUsableSpace();
                if (free < 1L << 30) {
                    note(what + ": only " + (free >> 20) + " MB free");
                }
            }
        } catch (IOException ignored) {
            // no file store information
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return t == e ? first : first + " (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
    }

    private void ok(String line) {
        out.println("ok       " + line);
    }

    private void note(String line) {
        out.println("note     " + line);
    }

    private void problem(String line) {
        problems.add(line);
        out.println("PROBLEM  " + line);
    }

    private int finish() {
        out.println(problems.isEmpty() ? "No problems found." : problems.size() + " problem(s) found.");
        return problems.isEmpty() ? 0 : 1;
    }
}
