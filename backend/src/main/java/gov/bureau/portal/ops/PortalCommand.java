package gov.bureau.portal.ops;

import gov.bureau.portal.documents.LocalFileObjectStorage;
import gov.bureau.portal.platform.StartupException;
import gov.bureau.portal.platform.StartupSettings;
import io.micronaut.objectstorage.ObjectStorageOperations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The operations commands of {@code bin/portal}: {@code check}, {@code backup FILE}, {@code restore FILE}
 * ({@code start} is {@code java -jar portal.jar}). Each reads the same environment variables as the
 * portal itself ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code PORTAL_DATA_DIR},
 * {@code JWT_SECRET}, {@code PORTAL_DOCUMENTS_LOCATION}). Exit code 0: done; 1: a problem, printed in
 * one sentence; 2: wrong usage.
 */
public final class PortalCommand {

    static final String USAGE = "usage: portal start | check | backup FILE | restore FILE";

    private PortalCommand() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err);
        System.out.flush();
        // the embedded database this command may have started stops in a shutdown hook
        System.exit(code);
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "check":
                    return new Check(env, out).run();
                case "backup":
                    if (args.length != 2) {
                        err.println(USAGE);
                        return 2;
                    }
                    backup(env, Path.of(args[1]), out);
                    return 0;
                case "restore":
                    if (args.length != 2) {
                        err.println(USAGE);
                        return 2;
                    }
                    restore(env, Path.of(args[1]), out);
                    return 0;
                default:
                    err.println(USAGE);
                    return 2;
            }
        } catch (OpsException | StartupException e) {
            err.println("portal " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    static String version() {
        String v = PortalCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The document store the portal uses, as configured by the environment. */
    static ObjectStorageOperations<?, ?, ?> documents(Map<String, String> env, StartupSettings settings) {
        if ("s3".equalsIgnoreCase(env.getOrDefault("PORTAL_STORAGE", "local"))) {
            try {
                return gov.bureau.portal.documents.S3ObjectStorage.fromEnvironment(env);
            } catch (IllegalArgumentException e) {
                throw new OpsException(e.getMessage(), e);
            }
        }
        return new LocalFileObjectStorage(env.getOrDefault("PORTAL_DOCUMENTS_LOCATION", ""), settings.dataDir().toString());
    }

    static Optional<String> signingSecret(StartupSettings settings) {
        if (settings.jwtSecret().isPresent()) {
            return settings.jwtSecret();
        }
        Path file = settings.dataDir().resolve("jwt-secret");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new OpsException("Cannot read the signing secret " + file + ": " + e.getMessage(), e);
        }
    }

    static void backup(Map<String, String> env, Path file, PrintStream out) {
        StartupSettings settings = StartupSettings.from(env);
        Database db = Database.of(settings, false);
        long started = System.nanoTime();
        Manifest m = new Backup(db, documents(env, settings), signingSecret(settings), version()).writeTo(file);
        long rows = m.tables().stream().mapToLong(Manifest.Table::rows).sum();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        out.printf("Backup of the %s written to %s: schema version %s, %d tables, %d rows, %d documents (%.1f MB), "
                        + "archive %.1f MB, in %.1f s.%n", db.description(), file.toAbsolutePath(), m.schemaVersion(),
                m.tables().size(), rows, m.documents().size(), m.documentBytes() / 1e6, size / 1e6,
                (System.nanoTime() - started) / 1e9);
    }

    static void restore(Map<String, String> env, Path file, PrintStream out) {
        if (!Files.isRegularFile(file)) {
            throw new OpsException("No backup file " + file.toAbsolutePath() + ".");
        }
        StartupSettings settings = StartupSettings.from(env);
        Database db = Database.of(settings, true);
        long started = System.nanoTime();
        Restore.Restored r = new Restore(db, documents(env, settings)).from(file);
        Manifest m = r.manifest();
        long rows = m.tables().stream().mapToLong(Manifest.Table::rows).sum();
        out.printf("Restored %s (portal %s, schema version %s, taken %s) into the %s: %d tables, %d rows, %d documents, "
                        + "every count and SHA-256 as the manifest says, in %.1f s (%s).%n", file.toAbsolutePath(), m.portalVersion(),
                m.schemaVersion(), m.createdAt(), db.description(), m.tables().size(), rows, m.documents().size(),
                (System.nanoTime() - started) / 1e9, r.timings());
        r.signingSecret().ifPresent(secret -> keepSecret(settings, secret, out));
        out.println("Start the portal: it migrates the schema to this release's version on its first start.");
    }

    private static void keepSecret(StartupSettings settings, String secret, PrintStream out) {
        if (settings.jwtSecret().isPresent()) {
            if (!settings.jwtSecret().get().equals(secret)) {
                out.println("Note: JWT_SECRET differs from the archive's signing secret: tokens issued before the backup are "
                        + "refused and every user signs in again (set JWT_SECRET to the archive's secret/jwt-secret to avoid this).");
            }
            return;
        }
        Path file = settings.dataDir().resolve("jwt-secret");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            out.println("The signing secret is restored to " + file + ".");
        } catch (IOException e) {
            throw new OpsException("Cannot write the signing secret to " + file + ": " + e.getMessage(), e);
        }
    }
}
