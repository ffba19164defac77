package gov.bureau.portal.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A second start leaves Flyway off the start path when the schema history already holds exactly the
 * bundled migrations with the same checksums ({@link CurrentSchema}: what Flyway's validation would
 * check): it reads the history over one plain connection instead of loading Flyway and validating.
 * Whenever that is not certain (a new migration, a changed script, no history, any error) Flyway runs
 * as always. {@code portal.flyway.skip-when-current=false} always runs it.
 */
@Singleton
@Requires(property = "portal.flyway.skip-when-current", notEquals = "false")
final class SkipCurrentMigrations implements BeanCreatedEventListener<FlywayConfigurationProperties> {

    private static final Logger LOG = LoggerFactory.getLogger(SkipCurrentMigrations.class);
    private static final String LOCATION = "db/migration";

    private final BeanContext context;

    SkipCurrentMigrations(BeanContext context) {
        this.context = context;
    }

    @Override
    public FlywayConfigurationProperties onCreated(BeanCreatedEvent<FlywayConfigurationProperties> event) {
        FlywayConfigurationProperties flyway = event.getBean();
        if (!flyway.isEnabled() || flyway.hasAlternativeDatabaseConfiguration()) {
            return flyway;
        }
        long t0 = System.nanoTime();
        try {
            DatasourceConfiguration ds = context.getBean(DatasourceConfiguration.class, Qualifiers.byName(flyway.getNameQualifier()));
            List<CurrentSchema.Migration> bundled = bundled();
            List<CurrentSchema.Applied> applied = applied(ds);
            if (CurrentSchema.upToDate(bundled, applied)) {
                flyway.setEnabled(false);
                LOG.info("The schema holds the {} bundled migrations with their checksums: Flyway is not run ({} ms)",
                        bundled.size(), (System.nanoTime() - t0) / 1_000_000);
            }
        } catch (IOException | SQLException | RuntimeException | URISyntaxException e) {
            LOG.debug("Schema history not compared ({}): Flyway runs", e.toString());
        }
        return flyway;
    }

    private static List<CurrentSchema.Applied> applied(DatasourceConfiguration ds) throws SQLException {
        List<CurrentSchema.Applied> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(ds.getUrl(), ds.getUsername(), ds.getPassword());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, type, checksum, success FROM flyway_schema_history")) {
            while (rs.next()) {
                int checksum = rs.getInt(3);
                rows.add(new CurrentSchema.Applied(rs.getString(1), rs.getString(2), rs.wasNull() ? null : checksum, rs.getBoolean(4)));
            }
        }
        return rows; // no history table: an SQLException, and Flyway runs
    }

    /** The migrations in db/migration on the class path: in the packaged jar, or a directory (tests, ./run.sh). */
    static List<CurrentSchema.Migration> bundled() throws IOException, URISyntaxException {
        ClassLoader loader = SkipCurrentMigrations.class.getClassLoader();
        List<URL> locations = Collections.list(loader.getResources(LOCATION));
        if (locations.size() != 1) {
            return List.of(); // none, or several class path entries hold migrations: leave it to Flyway
        }
        URL url = locations.get(0);
        List<CurrentSchema.Migration> migrations = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            add(migrations, name.substring(LOCATION.length() + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path f : files.toList()) {
                    add(migrations, f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } else {
            return List.of();
        }
        // a file that is not a versioned migration (a repeatable one, a callback): Flyway's business
        return migrations.contains(null) ? List.of() : migrations;
    }

    private static void add(List<CurrentSchema.Migration> migrations, String fileName, String script) {
        String version = CurrentSchema.version(fileName);
        migrations.add(version == null ? null : new CurrentSchema.Migration(version, CurrentSchema.checksum(script)));
    }
}
