package gov.bureau.portal.engagement;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.JobRuns;
import io.micronaut.context.annotation.Value;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags engagements whose state's deadline has passed (DOMAIN.md §4: missed deadlines are flagged and
 * may become credit events, which staff propose in the credit area). The flag clears when the
 * engagement moves on. Runs hourly and once shortly after start-up.
 */
@Singleton
public class OverdueJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final BureauClock clock;
    private final JobRuns runs;
    private final java.time.Duration interval;

    OverdueJob(JdbcOperations jdbc, AuditLog audit, BureauClock clock, JobRuns runs,
               @Value("${portal.engagement.overdue-check.interval:1h}") java.time.Duration interval) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.runs = runs;
        this.interval = interval;
    }

    @Scheduled(fixedDelay = "${portal.engagement.overdue-check.interval:1h}",
               initialDelay = "${portal.engagement.overdue-check.initial-delay:2m}")
    void scheduled() {
        // once per interval across all servers
        runs.once("engagement.overdue", JobRuns.slot(clock.now(), interval), () -> {
            int flagged = flag();
            if (flagged > 0) {
                LOG.info("{} engagements flagged overdue", flagged);
            }
        });
    }

    /** Flags every engagement past its deadline; answers how many were newly flagged. */
    @Transactional
    public int flag() {
        java.sql.Date today = java.sql.Date.valueOf(clock.today());
        List<Long> ids = jdbc.prepareStatement("SELECT id FROM engagement WHERE overdue = FALSE AND deadline < ? "
                + "AND state NOT IN ('CLOSED', 'TERMINATED') ORDER BY id FOR UPDATE", s -> {
            s.setDate(1, today);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
        if (ids.isEmpty()) {
            return 0;
        }
        int updated = jdbc.prepareStatement("UPDATE engagement SET overdue = TRUE, overdue_since = DATE_ADD(deadline, INTERVAL 1 DAY) "
                + "WHERE overdue = FALSE AND deadline < ? AND state NOT IN ('CLOSED', 'TERMINATED')", s -> {
            s.setDate(1, today);
            return s.executeUpdate();
        });
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("count", updated);
        changes.put("engagementIds", ids.size() > 200 ? ids.subList(0, 200) : ids);
        audit.record(Actor.SYSTEM, "ENGAGEMENTS_FLAGGED_OVERDUE", EngagementService.ENTITY, null, changes, "deadline passed");
        return updated;
    }
}
