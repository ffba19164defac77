package gov.bureau.portal.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Says at start whether the connection to an external database is encrypted. The portal adds
 * {@code useSSL=false} to a {@code DB_URL} that names no TLS setting (platform.JdbcUrls); an operator
 * chooses explicitly with {@code sslMode=VERIFY_IDENTITY} (or {@code REQUIRED}) or {@code sslMode=DISABLED}
 * in {@code DB_URL} (README, "Production"). Without a choice, a warning says so.
 */
@Singleton
class DatabaseTlsNotice {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTlsNotice.class);

    private final String url;

    DatabaseTlsNotice(@Value("${datasources.default.url:}") String url) {
        this.url = url;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String chosen = System.getenv("DB_URL");
        if (chosen == null || chosen.isBlank()) {
            return; // the embedded database listens on loopback only
        }
        String lower = chosen.toLowerCase(Locale.ROOT);
        if (lower.contains("sslmode=") || lower.contains("usessl=")) {
            LOG.info("Database connection TLS as DB_URL sets it ({}).", lower.contains("sslmode=disabled")
                    || lower.contains("usessl=false") ? "not encrypted" : "encrypted");
        } else if (url.toLowerCase(Locale.ROOT).contains("usessl=false")) {
            LOG.warn("The connection to the database is NOT encrypted: DB_URL names no TLS setting, so useSSL=false applies. "
                    + "Add sslMode=VERIFY_IDENTITY to DB_URL for a database on another host, or sslMode=DISABLED to state "
                    + "that it is on this host or a private link.");
        }
    }
}
