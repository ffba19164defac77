import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit of an endpoint for bench/load.sh: the SQL the portal ran for one request of it
 * (captured from the server's general log), replayed by plain JDBC at the same concurrency (workers)
 * over as many connections as the portal's pool has, every result read to its last column. A
 * "request" is one pass over the statements of one captured request, on one connection taken from
 * the pool for it (the wait for one counts, as in the portal); several captured requests are replayed
 * in turn.
 *
 *   java -cp 'backend/target/lib/*' bench/load/LoadJdbc.java URL USER PASSWORD CONCURRENCY WARMUP_S SECONDS FILE [CONNECTIONS]
 *
 * FILE holds the captured requests: statements one per line, requests separated by a line "--".
 * Prints: RESULT requests=N seconds=S rps=R p50=MS p95=MS p99=MS errors=E
 */
public class LoadJdbc {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int concurrency = Integer.parseInt(args[3]);
        double warmup = Double.parseDouble(args[4]);
        double seconds = Double.parseDouble(args[5]);
        List<List<String>> requests = read(Path.of(args[6]));
        if (requests.isEmpty()) {
            System.out.println("RESULT requests=0 seconds=0 rps=0 p50=0 p95=0 p99=0 errors=0 statements=0");
            return;
        }
        int poolSize = args.length > 7 ? Integer.parseInt(args[7]) : concurrency;
        java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.ArrayBlockingQueue<>(poolSize);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(true);
            connections.add(c);
            pool.add(c);
        }
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        AtomicLong errors = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int w = 0; w < concurrency; w++) {
            final int worker = w;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int next = worker % requests.size();
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        Connection c = pool.take();
                        if (System.nanoTime() >= end) {
                            pool.put(c);
                            break;
                        }
                        try (Statement st = c.createStatement()) {
                            for (String sql : requests.get(next)) {
                                if (st.execute(sql)) {
                                    drain(st.getResultSet());
                                }
                            }
                        } catch (Exception e) {
                            if (errors.getAndIncrement() == 0) {
                                System.err.println("first error: " + e);
                            }
                        } finally {
                            pool.put(c);
                        }
                        long t1 = System.nanoTime();
                        completed.incrementAndGet();
                        next = (next + 1) % requests.size();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = t1 - t0;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    latencies[worker] = lat;
                    counts[worker] = n;
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        for (Connection c : connections) {
            c.close();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        System.out.printf(java.util.Locale.ROOT, "RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d statements=%d all=%d%n",
                total, seconds, total / seconds, pct(all, 50), pct(all, 95), pct(all, 99), errors.get(),
                requests.stream().mapToInt(List::size).sum(), completed.get());
    }

    private static void drain(ResultSet rs) throws Exception {
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            int columns = md.getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static List<List<String>> read(Path file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.equals("--")) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else if (!line.isBlank()) {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
