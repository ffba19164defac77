package gov.bureau.portal.documents;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real S3-compatible server for tests: s3proxy (copied to target/s3proxy/s3proxy.jar by the build)
 * with a file-system back end, run as its own process on a free port. One per test JVM, stopped at exit.
 */
public final class S3Proxy {

    public static final String ACCESS_KEY = "portal-test-access";
    public static final String SECRET_KEY = "portal-test-secret-key-0123456789";

    private static S3Proxy running;

    private final Process process;
    private final String endpoint;
    private final Path baseDir;

    private S3Proxy(Process process, String endpoint, Path baseDir) {
        this.process = process;
        this.endpoint = endpoint;
        this.baseDir = baseDir;
    }

    public static synchronized S3Proxy start() {
        if (running != null) {
            return running;
        }
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar").toAbsolutePath();
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run the tests through Maven (process-test-resources copies it)");
            }
            Path dir = Files.createDirectories(Path.of("target", "s3proxy", "run-" + System.nanoTime()).toAbsolutePath());
            Path data = Files.createDirectories(dir.resolve("data"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String endpoint = "http://127.0.0.1:" + port;
            Path properties = dir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data) + "\n");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
            S3Proxy proxy = new S3Proxy(process, endpoint, data);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "s3proxy-stop"));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!proxy.answers()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroy();
                    throw new IllegalStateException("s3proxy did not start: " + Files.readString(dir.resolve("s3proxy.log")));
                }
                Thread.sleep(200);
            }
            running = proxy;
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint + "/").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            int status = c.getResponseCode();
            c.disconnect();
            return status > 0;
        } catch (IOException e) {
            return false;
        }
    }

    public String endpoint() {
        return endpoint;
    }

    /** Where the file-system back end keeps a bucket's objects (to damage one behind the portal's back). */
    public Path bucketDirectory(String bucket) {
        return baseDir.resolve(bucket);
    }

    /** A new, empty bucket. */
    public String bucket(String prefix) {
        String bucket = prefix + Long.toString(System.nanoTime(), 36);
        try (S3ObjectStorage store = storage(bucket)) {
            store.createBucket();
        }
        return bucket;
    }

    public S3ObjectStorage storage(String bucket) {
        return new S3ObjectStorage(endpoint, bucket, "us-east-1", ACCESS_KEY, SECRET_KEY, true);
    }

    public java.util.Map<String, String> properties(String bucket) {
        return java.util.Map.of("portal.documents.storage", "s3", "portal.s3.endpoint", endpoint, "portal.s3.bucket", bucket,
                "portal.s3.access-key", ACCESS_KEY, "portal.s3.secret-key", SECRET_KEY);
    }
}
