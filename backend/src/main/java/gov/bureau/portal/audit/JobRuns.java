package gov.bureau.portal.audit;

import gov.bureau.portal.security.Actor;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every scheduled job runs once per period, however many servers share the database: the job takes a
 * database lock named after it ({@code GET_LOCK}, MySQL and MariaDB; held by a connection of its own, so
 * a server that dies mid-run releases it) and, holding it, looks for the audit entry of its period
 * ({@code JOB_RAN}, object type {@value #ENTITY}, id {@code job@period}). A server that finds the lock
 * taken or the period done skips the job; the one that runs it records the period last. A job that
 * throws records nothing, so the next firing (on any server) tries again.
 */
@Singleton
public class JobRuns {

    public static final String ENTITY = "ScheduledJob";
    public static final String ACTION = "JOB_RAN";

    private static final Logger LOG = LoggerFactory.getLogger(JobRuns.class);

    private final DataSource dataSource;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;

    JobRuns(DataSource dataSource, TransactionOperations<Connection> transactions, AuditLog audit) {
        // the lock's connection is our own, outside any transaction the job opens
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The period of a daily job: the (bureau) day. */
    public static String day(LocalDate today) {
        return today.toString();
    }

    /** The period of a job that runs every {@code interval}: the interval's slot since the epoch. */
    public static String slot(Instant now, Duration interval) {
        long seconds = Math.max(1, interval.toSeconds());
        return Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds).toString();
    }

    /**
     * Runs {@code work} unless another server is running this job now or it ran for this period already;
     * answers whether it ran here.
     */
    public boolean once(String job, String period, Runnable work) {
        String key = job + "@" + period;
        if (key.length() > 64) {
            throw new IllegalArgumentException("job@period longer than 64 characters: " + key);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, "portal.job." + job)) {
                LOG.debug("Scheduled job {} runs on another server now: skipped here", key);
                return false;
            }
            try {
                if (ran(c, key)) {
                    LOG.debug("Scheduled job {} ran already: skipped", key);
                    return false;
                }
                work.run();
                transactions.executeWrite(status -> {
                    Map<String, Object> changes = new LinkedHashMap<>();
                    changes.put("job", job);
                    changes.put("period", period);
                    return audit.record(Actor.SYSTEM, ACTION, ENTITY, key, changes, null);
                });
                return true;
            } finally {
                unlock(c, "portal.job." + job);
            }
        } catch (SQLException e) {
            LOG.error("Scheduled job {}: the database lock failed; the job runs at its next firing", key, e);
            return false;
        }
    }

    private static boolean lock(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void unlock(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, name);
            s.executeQuery().close();
        }
    }

    private static boolean ran(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action = ? LIMIT 1")) {
            s.setString(1, ENTITY);
            s.setString(2, key);
            s.setString(3, ACTION);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
