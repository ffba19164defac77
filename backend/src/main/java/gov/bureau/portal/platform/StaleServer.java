package gov.bureau.portal.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Crash recovery of the embedded database. When the portal's JVM dies without running its shutdown
 * hooks ({@code kill -9}, out of memory killer, power of a container pulled), its {@code mariadbd}
 * child keeps running, orphaned, and holds the data directory: the next start would fail with
 * "Can't lock aria control file". Before starting, this finds a server that holds this data directory
 * (by the pid file the portal has it write, or by its {@code --datadir} in the process list) and
 * stops it, first gently (SIGTERM: it flushes and exits cleanly), then forcibly. A server whose parent
 * is a live Java process belongs to another running portal: that is refused, not stopped.
 */
final class StaleServer {

    private static final Logger LOG = LoggerFactory.getLogger(StaleServer.class);

    private StaleServer() {
    }

    static void stopAny(Path dataDir, Path pidFile) {
        if (!Files.exists(pidFile) && !hasDefaultPidFile(dataDir)) {
            return; // a server that stops cleanly removes its pid file: nothing was left running (and no process scan on the start path)
        }
        Set<ProcessHandle> found = new LinkedHashSet<>();
        readPid(pidFile).flatMap(ProcessHandle::of).filter(p -> holds(p, dataDir)).ifPresent(found::add);
        ProcessHandle.allProcesses().filter(p -> holds(p, dataDir)).forEach(found::add);
        for (ProcessHandle server : found) {
            Optional<ProcessHandle> parent = server.parent().filter(ProcessHandle::isAlive);
            if (parent.isPresent() && parent.get().pid() != ProcessHandle.current().pid() && isJava(parent.get())) {
                throw new StartupException("The embedded database in " + dataDir + " is in use by another running portal "
                        + "(process " + parent.get().pid() + "): two portals cannot share one PORTAL_DATA_DIR.");
            }
            long started = System.nanoTime();
            LOG.warn("A database server (process {}) left running by a portal that ended abruptly holds {}: stopping it",
                    server.pid(), dataDir);
            server.destroy();
            if (!waitFor(server, 60)) {
                LOG.warn("Database server {} did not stop within 60 s: killing it", server.pid());
                server.destroyForcibly();
                waitFor(server, 10);
            }
            LOG.info("Stale database server {} stopped ({} ms)", server.pid(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A running mariadbd (or mysqld) whose --datadir is this directory. */
    static boolean holds(ProcessHandle p, Path dataDir) {
        if (!p.isAlive() || p.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        ProcessHandle.Info info = p.info();
        String command = info.command().orElse("");
        if (!command.endsWith("/mariadbd") && !command.endsWith("/mysqld")) {
            return false;
        }
        String wanted = "--datadir=" + dataDir.toAbsolutePath().normalize();
        List<String> args = info.arguments().map(List::of).orElse(List.of());
        return args.stream().anyMatch(a -> a.equals(wanted) || a.equals(wanted + "/"));
    }

    /** Servers started before the portal named its pid file wrote {@code <host>.pid} into the data directory. */
    private static boolean hasDefaultPidFile(Path dataDir) {
        try (java.util.stream.Stream<Path> files = Files.list(dataDir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".pid"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isJava(ProcessHandle p) {
        String command = p.info().command().orElse("");
        return command.endsWith("/java") || command.endsWith("/java.exe");
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitFor(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        }
    }
}
