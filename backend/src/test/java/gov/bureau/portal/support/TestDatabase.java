package gov.bureau.portal.support;

import gov.bureau.portal.platform.PortalBootstrap;

import java.util.HashMap;
import java.util.Map;

/**
 * The database the tests use: the embedded MariaDB under target/test-data by default (started once
 * per JVM and shared by every test class), or the MySQL/MariaDB server named by DB_URL, e.g.
 * {@code DB_URL=jdbc:mysql://127.0.0.1:3306/portal_test?createDatabaseIfNotExist=true DB_USER=root}.
 * Tests create their own uniquely named data, so a reused external database is fine.
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

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.putIfAbsent("PORTAL_DATA_DIR", "target/test-data");
            env.put("JWT_SECRET", JWT_SECRET);
            env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.remove("PORTAL_DEMO");
            properties = Map.copyOf(PortalBootstrap.properties(env));
        }
        return properties;
    }
}
