package gov.bureau.portal.credit;

import gov.bureau.portal.audit.JobRuns;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What the calendar does to credit: every day, proposals whose objection window has passed come
 * into force and rows of credit_standing whose day has come (an expiry, the end of a blacklisting)
 * are recomputed (new bands or a new base re-grade it when they are published, see StandingWriter);
 * on 1 January the previous year's results are published by the system if nobody did. The daily part also runs
 * (in the background) at start-up, so a portal that was down at midnight catches up.
 */
@Singleton
@Requires(property = "portal.credit.jobs.enabled", notEquals = "false")
public class CreditJobs {

    private static final Logger LOG = LoggerFactory.getLogger(CreditJobs.class);

    private final CreditEventRepository events;
    private final CreditEventService eventService;
    private final StandingWriter standings;
    private final EvidenceService evidence;
    private final CreditResults results;
    private final BureauClock clock;
    private final JobRuns runs;

    CreditJobs(CreditEventRepository events, CreditEventService eventService, StandingWriter standings,
               EvidenceService evidence, CreditResults results, BureauClock clock, JobRuns runs) {
        this.events = events;
        this.eventService = eventService;
        this.standings = standings;
        this.evidence = evidence;
        this.results = results;
        this.clock = clock;
        this.runs = runs;
    }

    /** In the background: the server answers at once; reads recompute stale rows on their own meanwhile. */
    @EventListener
    @Order(60)
    @Async
    public void onStartup(StartupEvent event) {
        scheduledDaily();
    }

    public record DailyRun(int cameIntoForce, int recomputed, int uploadsRemoved) {
    }

    /**
     * Five seconds after midnight: until it has run, readers refresh the rows the new day made stale themselves.
     * Once a day across all servers (JobRuns); a server started later that day skips its start-up run.
     */
    @Scheduled(cron = "5 0 0 * * *", zoneId = "${portal.zone:Asia/Shanghai}")
    public void scheduledDaily() {
        runs.once("credit.daily", JobRuns.day(clock.today()), this::daily);
    }

    /** The daily work, now (tests and catch-ups call it directly). */
    public DailyRun daily() {
        long started = System.nanoTime();
        int inForce = 0;
        int recomputed = 0;
        int removed = 0;
        try {
            List<CreditEvent> due;
            do {
                due = events.findDue(clock.today(), 500);
                for (CreditEvent e : due) {
                    if (eventService.comeIntoForce(e.getId())) {
                        inForce++;
                    }
                }
            } while (due.size() == 500);
            standings.regradeIfBandsChanged();
            int batch;
            do {
                batch = standings.refreshStale(500);
                recomputed += batch;
            } while (batch == 500);
            removed = evidence.removeAbandonedUploads();
        } catch (RuntimeException e) {
            LOG.error("The daily credit job failed; it runs again tomorrow and at the next start", e);
        }
        if (inForce + recomputed + removed > 0) {
            LOG.info("Daily credit job: {} proposals came into force, {} standings recomputed, {} abandoned uploads removed ({} ms)",
                    inForce, recomputed, removed, (System.nanoTime() - started) / 1_000_000);
        }
        return new DailyRun(inForce, recomputed, removed);
    }

    /** Once a year across all servers (JobRuns). */
    @Scheduled(cron = "0 30 1 1 1 *", zoneId = "${portal.zone:Asia/Shanghai}")
    public void scheduledYearly() {
        runs.once("credit.yearly", String.valueOf(clock.today().getYear()), this::yearly);
    }

    public void yearly() {
        int year = clock.today().getYear() - 1;
        try {
            if (results.find(year).isEmpty()) {
                results.publish(Actor.SYSTEM, year, null); // shown as published automatically: by the system
            }
        } catch (RuntimeException e) {
            LOG.error("Publishing the credit results of {} failed", year, e);
        }
    }
}
