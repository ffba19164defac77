package gov.bureau.portal.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How large the embedded database and the connection pool are (README, Configuration). Pure: the
 * defaults are derived from the machine's memory given, so that they are tested directly.
 * <ul>
 * <li>{@code PORTAL_DB_BUFFER_POOL} (InnoDB buffer pool, e.g. {@code 512M}, {@code 2G}): an eighth of
 * the memory, in steps of 128 MB, at least 128 MB and at most 4 GB; the credit ledger of a province
 * (1M events) and its indexes fit in about 1 GB;</li>
 * <li>{@code PORTAL_DB_POOL_SIZE} (the portal's connections, also to an external database): 20;</li>
 * <li>{@code PORTAL_DB_MAX_CONNECTIONS} (the embedded server's limit): the pool plus 100 for tools,
 * back-ups and benchmarks.</li>
 * </ul>
 */
public record EmbeddedSizing(long bufferPoolBytes, int poolSize, int maxConnections) {

    static final long MB = 1024L * 1024;
    static final long STEP = 128 * MB;
    static final long MIN_BUFFER_POOL = 128 * MB;
    static final long MAX_DEFAULT_BUFFER_POOL = 4096 * MB;
    public static final int DEFAULT_POOL_SIZE = 20;

    public static EmbeddedSizing from(Map<String, String> env, long physicalMemoryBytes) {
        long defaultPool = Math.max(MIN_BUFFER_POOL, Math.min(MAX_DEFAULT_BUFFER_POOL, physicalMemoryBytes / 8 / STEP * STEP));
        long bufferPool = value(env, "PORTAL_DB_BUFFER_POOL").map(v -> parseSize("PORTAL_DB_BUFFER_POOL", v)).orElse(defaultPool);
        if (bufferPool < MIN_BUFFER_POOL) {
            throw new StartupException("PORTAL_DB_BUFFER_POOL must be at least 128M, was " + env.get("PORTAL_DB_BUFFER_POOL"));
        }
        int poolSize = value(env, "PORTAL_DB_POOL_SIZE").map(v -> parseCount("PORTAL_DB_POOL_SIZE", v, 1, 1000))
                .orElse(DEFAULT_POOL_SIZE);
        int maxConnections = value(env, "PORTAL_DB_MAX_CONNECTIONS").map(v -> parseCount("PORTAL_DB_MAX_CONNECTIONS", v, 10, 100_000))
                .orElse(poolSize + 100);
        if (maxConnections < poolSize + 2) {
            throw new StartupException("PORTAL_DB_MAX_CONNECTIONS (" + maxConnections + ") must exceed PORTAL_DB_POOL_SIZE ("
                    + poolSize + ") by at least 2");
        }
        return new EmbeddedSizing(bufferPool, poolSize, maxConnections);
    }

    /** The machine's (or the container's) memory, as the JVM sees it. */
    public static long physicalMemory() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize();
        }
        return 2048 * MB;
    }

    /** The server option, in whole megabytes. */
    String bufferPoolOption() {
        return (bufferPoolBytes / MB) + "M";
    }

    static long parseSize(String variable, String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = t.endsWith("K") ? 1024 : t.endsWith("M") ? MB : 1024 * MB;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new StartupException(variable + " must be a size such as 512M or 2G, was '" + text + "'");
        }
    }

    static int parseCount(String variable, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StartupException(variable + " must be a whole number from " + min + " to " + max + ", was '" + text + "'");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
