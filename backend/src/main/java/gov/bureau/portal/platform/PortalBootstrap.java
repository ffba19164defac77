package gov.bureau.portal.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the environment into the properties the application context starts with: which database,
 * which signing secret. Runs before the context exists, because the embedded database must be up
 * before the connection pool is made.
 */
public final class PortalBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(PortalBootstrap.class);
    public static final String SCHEMA = "portal";

    private PortalBootstrap() {
    }

    static String derive(String secret, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The properties, once the embedded database (if any) is up. */
    public static Map<String, Object> properties(Map<String, String> env) {
        Prepared prepared = prepare(env);
        prepared.database().ifPresent(EmbeddedDatabase.Starting::await);
        return prepared.properties();
    }

    /**
     * The properties at once; the embedded database (if any) still starting in the background: register
     * it as a singleton of the context, whose {@link EmbeddedDatabaseGate} waits for it before the pool.
     */
    public record Prepared(Map<String, Object> properties, Optional<EmbeddedDatabase.Starting> database) {
    }

    public static Prepared prepare(Map<String, String> env) {
        StartupSettings settings = StartupSettings.from(env);
        EmbeddedSizing sizing = EmbeddedSizing.from(env, EmbeddedSizing.physicalMemory());
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.maximum-pool-size", sizing.poolSize());
        String secret;
        EmbeddedDatabase.Starting database = null;
        if (settings.embeddedDatabase()) {
            database = EmbeddedDatabase.startInBackground(settings.dataDir().resolve("mariadb"), sizing, SCHEMA);
            props.put("datasources.default.url", database.jdbcUrl());
            props.put("datasources.default.username", "root");
            props.put("datasources.default.password", "");
            secret = settings.jwtSecret().orElseGet(() -> {
                LOG.warn("JWT_SECRET is not set: using a random secret kept in {}. Set JWT_SECRET for any shared installation.",
                        settings.dataDir().resolve("jwt-secret"));
                return LocalSecret.loadOrCreate(settings.dataDir().resolve("jwt-secret"));
            });
        } else {
            props.put("datasources.default.url", JdbcUrls.withSessionDefaults(settings.dbUrl().orElseThrow()));
            props.put("datasources.default.username", settings.dbUser());
            props.put("datasources.default.password", settings.dbPassword());
            secret = settings.jwtSecret().orElseThrow();
        }
        props.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
        // refresh tokens are signed with a key derived from the secret, so neither token can pass for the other
        props.put("micronaut.security.token.jwt.generator.refresh-token.secret", derive(secret, "refresh-token"));
        props.put("portal.data-dir", settings.dataDir().toString());
        props.put("portal.demo.enabled", settings.demo());
        settings.demoPassword().ifPresent(p -> props.put("portal.demo.password", p));
        settings.adminPassword().ifPresent(p -> props.put("portal.admin.initial-password", p));
        return new Prepared(props, Optional.ofNullable(database));
    }
}
