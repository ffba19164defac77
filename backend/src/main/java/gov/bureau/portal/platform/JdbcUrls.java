package gov.bureau.portal.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds the connection settings the portal relies on to a JDBC URL, keeping any the operator set. */
public final class JdbcUrls {

    /**
     * Every session runs in UTC, so that an {@code Instant} written is the instant read back whatever
     * the JVM's or the server's zone; text is utf8mb4.
     */
    static final Map<String, String> SESSION_DEFAULTS = new LinkedHashMap<>();

    static {
        SESSION_DEFAULTS.put("connectionTimeZone", "UTC");
        SESSION_DEFAULTS.put("forceConnectionTimeZoneToSession", "true");
        SESSION_DEFAULTS.put("characterEncoding", "UTF-8");
        SESSION_DEFAULTS.put("connectionCollation", "utf8mb4_unicode_ci");
        SESSION_DEFAULTS.put("useSSL", "false");
        SESSION_DEFAULTS.put("allowPublicKeyRetrieval", "true");
        SESSION_DEFAULTS.put("rewriteBatchedStatements", "true");
    }

    /** Always registered, also beside interceptors the operator names (MariaDbFractionalSeconds says why). */
    static final String INTERCEPTORS = "connectionLifecycleInterceptors";
    static final String FRACTIONAL_SECONDS = MariaDbFractionalSeconds.class.getName();

    private JdbcUrls() {
    }

    public static String withSessionDefaults(String url) {
        String normalised = url.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length()) : url;
        StringBuilder out = new StringBuilder(normalised);
        String query = normalised.contains("?") ? normalised.substring(normalised.indexOf('?') + 1) : "";
        boolean first = !normalised.contains("?");
        for (Map.Entry<String, String> e : SESSION_DEFAULTS.entrySet()) {
            if (hasParameter(query, e.getKey())) {
                continue;
            }
            out.append(first ? '?' : '&').append(e.getKey()).append('=').append(e.getValue());
            first = false;
        }
        if (!hasParameter(query, INTERCEPTORS)) {
            out.append(first ? '?' : '&').append(INTERCEPTORS).append('=').append(FRACTIONAL_SECONDS);
            return out.toString();
        }
        if (query.contains(FRACTIONAL_SECONDS)) {
            return out.toString();
        }
        // the operator's own interceptors, and ours after them
        return out.toString().replaceFirst("(?i)([?&]" + INTERCEPTORS + "=)([^&]*)", "$1$2," + FRACTIONAL_SECONDS);
    }

    private static boolean hasParameter(String query, String name) {
        for (String part : query.split("&")) {
            if (part.equalsIgnoreCase(name) || part.toLowerCase().startsWith(name.toLowerCase() + "=")) {
                return true;
            }
        }
        return false;
    }
}
