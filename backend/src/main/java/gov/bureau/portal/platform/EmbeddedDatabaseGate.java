package gov.bureau.portal.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the making of the connection pool (and so Flyway's migrations, which run when the pool is made)
 * until the embedded database started in the background by {@link PortalBootstrap} is up. Until then the
 * context loads and wires its classes, which is most of a start. Present only when the portal started
 * its embedded database (the registered {@link EmbeddedDatabase.Starting}).
 */
@Singleton
@Requires(bean = EmbeddedDatabase.Starting.class)
final class EmbeddedDatabaseGate implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseGate.class);

    private final EmbeddedDatabase.Starting starting;

    EmbeddedDatabaseGate(EmbeddedDatabase.Starting starting) {
        this.starting = starting;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        long t0 = System.nanoTime();
        try {
            starting.await();
        } catch (StartupException e) {
            // as Application does for a refusal before the context: the reason in one line, exit code 2
            LOG.error("The portal cannot start: {}", e.getMessage());
            System.exit(2);
        }
        LOG.info("The connection pool waited {} ms for the embedded database", (System.nanoTime() - t0) / 1_000_000);
        return event.getBean();
    }
}
