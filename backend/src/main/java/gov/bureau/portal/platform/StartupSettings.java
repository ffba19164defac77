package gov.bureau.portal.platform;

import gov.bureau.portal.common.Messages;
import gov.bureau.portal.security.PasswordRules;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the environment asks of the portal at start-up. Pure: reads a map, does no I/O, so the
 * rules (which secret is required when) are tested directly.
 */
public record StartupSettings(
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> jwtSecret,
        Optional<String> adminPassword,
        boolean demo,
        Optional<String> demoPassword) {

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_LENGTH = 32;

    public static StartupSettings from(Map<String, String> env) {
        StartupSettings settings = new StartupSettings(
                Path.of(value(env, "PORTAL_DATA_DIR").orElse("./data")).toAbsolutePath().normalize(),
                value(env, "DB_URL"),
                value(env, "DB_USER").orElse("root"),
                env.getOrDefault("DB_PASSWORD", ""),
                value(env, "JWT_SECRET"),
                value(env, "PORTAL_ADMIN_PASSWORD"),
                value(env, "PORTAL_DEMO").map(Boolean::parseBoolean).orElse(false),
                value(env, "PORTAL_DEMO_PASSWORD"));
        settings.check();
        return settings;
    }

    /** An external database means a shared, possibly production, installation: it needs its own secret. */
    public boolean embeddedDatabase() {
        return dbUrl.isEmpty();
    }

    private void check() {
        if (!embeddedDatabase() && jwtSecret.isEmpty()) {
            throw new StartupException("JWT_SECRET must be set when DB_URL names an external database "
                    + "(at least " + MIN_SECRET_LENGTH + " characters).");
        }
        if (jwtSecret.isPresent() && jwtSecret.get().length() < MIN_SECRET_LENGTH) {
            throw new StartupException("JWT_SECRET is too short: it needs at least " + MIN_SECRET_LENGTH + " characters.");
        }
        if (dbUrl.isPresent() && !dbUrl.get().startsWith("jdbc:mysql:") && !dbUrl.get().startsWith("jdbc:mariadb:")) {
            throw new StartupException("DB_URL must be a MySQL JDBC URL such as jdbc:mysql://host:3306/portal");
        }
        adminPassword.ifPresent(p -> checkPassword("PORTAL_ADMIN_PASSWORD", p));
        if (demo) {
            demoPassword.ifPresent(p -> checkPassword("PORTAL_DEMO_PASSWORD", p));
        }
    }

    /** The first administrator's and the demo accounts' passwords follow the rule every password follows. */
    private static void checkPassword(String variable, String password) {
        PasswordRules.check(variable, password).ifPresent(problem -> {
            throw new StartupException(variable + " does not satisfy the password rule: "
                    + new Messages().get(Locale.ENGLISH, problem.messageKey(), problem.args()));
        });
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
