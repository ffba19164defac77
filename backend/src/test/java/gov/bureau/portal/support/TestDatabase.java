package gov.bureau.portal.support;

import gov.bureau.portal.platform.PortalBootstrap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database the tests use: the embedded MariaDB under target/test-data by default (started once
 * per JVM and shared by every test class), or the MySQL/MariaDB server named by DB_URL, e.g.
 * {@code DB_URL=jdbc:mysql://127.0.0.1:3306/portal_test?createDatabaseIfNotExist=true DB_USER=root}.
 * Tests create their own uniquely named data, so a reused external database is fine.
 * <p>
 * With the system property {@code portal.test.external.server} (a server URL such as
 * {@code jdbc:mysql://127.0.0.1:3306/}, set by the Maven execution {@code external-database}), the
 * tests run in a fresh schema of that server with a name no other run uses, dropped with its
 * separate schemas when the test JVM ends.
 */
public final class TestDatabase {

    public static final String ADMIN_PASSWORD = "Admin-Test-2026";
    public static final String JWT_SECRET = "test-secret-of-at-least-thirty-two-characters!";

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    /** A plain JDBC connection, outside the application's transaction management. */
    public static java.sql.Connection connect() throws java.sql.SQLException {
        Map<String, Object> p = properties();
        return java.sql.DriverManager.getConnection((String) p.get("datasources.default.url"),
                (String) p.get("datasources.default.username"), (String) p.get("datasources.default.password"));
    }

    private static final Map<String, Map<String, Object>> SEPARATE = new java.util.HashMap<>();

    /**
     * The properties of a separate schema beside the shared one, created afresh once per test run:
     * for tests that must see exactly what they seed (the demonstration data), untouched by the other
     * tests' data and scheduled jobs.
     */
    public static synchronized Map<String, Object> separateSchema(String suffix) {
        return SEPARATE.computeIfAbsent(suffix, s -> {
            Map<String, Object> shared = properties();
            String url = (String) shared.get("datasources.default.url");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:mysql://[^/]+/)([A-Za-z0-9_]+)(.*)$").matcher(url);
            if (!m.matches()) {
                throw new IllegalStateException("cannot derive a schema from " + url);
            }
            String schema = m.group(2) + s;
            try (java.sql.Connection c = connect(); java.sql.Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + schema);
                st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot create schema " + schema, e);
            }
            Map<String, Object> props = new java.util.HashMap<>(shared);
            props.put("datasources.default.url", m.group(1) + schema + m.group(3));
            return Map.copyOf(props);
        });
    }

    public static final String EXTERNAL_SERVER = "portal.test.external.server";
    private static final String EXTERNAL_PREFIX = "portal_ext_";
    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(java.time.ZoneOffset.UTC);
    private static java.util.Optional<String> externalProblem;

    /** In the external-database run: why its server cannot be used, or empty when it can (or outside that run). */
    public static synchronized java.util.Optional<String> externalServerProblem() {
        String server = System.getProperty(EXTERNAL_SERVER, "");
        if (server.isBlank()) {
            return java.util.Optional.empty();
        }
        if (externalProblem == null) {
            try (java.sql.Connection c = externalConnection()) {
                externalProblem = java.util.Optional.empty();
            } catch (java.sql.SQLException e) {
                externalProblem = java.util.Optional.of("no MySQL/MariaDB server answers at " + server
                        + ": the database tests on the external server are skipped (" + e.getMessage().lines().findFirst().orElse("") + ")");
                System.err.println("*** " + externalProblem.get());
            }
        }
        return externalProblem;
    }

    private static java.sql.Connection externalConnection() throws java.sql.SQLException {
        String server = System.getProperty(EXTERNAL_SERVER);
        String url = gov.bureau.portal.platform.JdbcUrls.withSessionDefaults(server) + "&connectTimeout=3000";
        return java.sql.DriverManager.getConnection(url, System.getProperty("portal.test.external.user", "root"),
                System.getProperty("portal.test.external.password", ""));
    }

    /**
     * Creates this run's schema on the external server, drops it (and its separate schemas) when the
     * JVM ends, and drops schemas of earlier runs older than a day (a run that was killed).
     */
    private static String freshExternalSchema() {
        java.time.Instant now = java.time.Instant.now();
        String schema = EXTERNAL_PREFIX + STAMP.format(now) + "_" + ProcessHandle.current().pid();
        try (java.sql.Connection c = externalConnection(); java.sql.Statement st = c.createStatement()) {
            List<String> stale = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("SHOW DATABASES LIKE '" + EXTERNAL_PREFIX + "%'")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String old : stale) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(EXTERNAL_PREFIX + "(\\d{8}_\\d{6})_.*").matcher(old);
                if (m.matches() && java.time.LocalDateTime.parse(m.group(1), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                        .toInstant(java.time.ZoneOffset.UTC).isBefore(now.minus(java.time.Duration.ofDays(1)))) {
                    st.execute("DROP DATABASE IF EXISTS `" + old + "`");
                }
            }
            st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + System.getProperty(EXTERNAL_SERVER), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (Boolean.getBoolean("portal.test.external.keep")) {
                System.err.println("*** kept the test schema " + schema + " (portal.test.external.keep)");
                return;
            }
            try (java.sql.Connection c = externalConnection(); java.sql.Statement st = c.createStatement()) {
                List<String> schemas = new java.util.ArrayList<>(List.of(schema));
                synchronized (TestDatabase.class) {
                    SEPARATE.keySet().forEach(suffix -> schemas.add(schema + suffix));
                }
                // and schemas tests derived from this one's name by hand (e.g. a restored back-up)
                try (java.sql.ResultSet rs = st.executeQuery("SHOW DATABASES LIKE '" + schema.replace("_", "\\_") + "\\_%'")) {
                    while (rs.next()) {
                        if (!schemas.contains(rs.getString(1))) {
                            schemas.add(rs.getString(1));
                        }
                    }
                }
                st.execute("SET SESSION lock_wait_timeout = 10");
                for (String s : schemas) {
                    st.execute("DROP DATABASE IF EXISTS `" + s + "`");
                }
            } catch (java.sql.SQLException e) {
                System.err.println("could not drop the test schema " + schema + ": " + e.getMessage());
            }
        }, "drop-external-test-schema"));
        System.err.println("*** database tests on the external server: schema " + schema + " on " + System.getProperty(EXTERNAL_SERVER));
        return schema;
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            Map<String, String> env = new HashMap<>(System.getenv());
            if (!System.getProperty(EXTERNAL_SERVER, "").isBlank()) {
                String server = System.getProperty(EXTERNAL_SERVER);
                env.put("DB_URL", (server.endsWith("/") ? server : server + "/") + freshExternalSchema());
                env.put("DB_USER", System.getProperty("portal.test.external.user", "root"));
                env.put("DB_PASSWORD", System.getProperty("portal.test.external.password", ""));
            }
            env.putIfAbsent("PORTAL_DATA_DIR", "target/test-data");
            env.put("JWT_SECRET", JWT_SECRET);
            env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.remove("PORTAL_DEMO");
            properties = Map.copyOf(PortalBootstrap.properties(env));
        }
        return properties;
    }
}
