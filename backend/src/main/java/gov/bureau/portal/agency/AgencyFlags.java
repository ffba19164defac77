package gov.bureau.portal.agency;

import gov.bureau.portal.audit.JobRuns;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags what needs the agency's attention (DOMAIN.md §3): the annual confirmation not given by the
 * deadline ({@link AgencyRules.AnnualConfirmation#overdue}), and certificates of active people
 * expiring within the warning period or expired. Runs every night for every agency, and for one
 * agency ({@link #refresh}) whenever its certificates, its status or its annual confirmation
 * change, so that the flags are never a day stale. An agency is told in its inbox when a flag is
 * newly raised.
 */
@Singleton
public class AgencyFlags {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyFlags.class);

    /** Agencies the nightly check looks at: in the pool, or flagged now. */
    private static final String FLAGGED = "a.status IN (" + AgencyStatus.sqlList(AgencyStatus::inPool) + ") "
            + "OR a.confirmation_overdue = TRUE OR a.expiring_certificates > 0 OR a.expired_certificates > 0";

    private final JdbcOperations jdbc;
    private final RuleBook rules;
    private final AgencyRules.AnnualConfirmationRule confirmationRule;
    private final AgencyRules.CertificateExpiryRule expiryRule;
    private final Inbox inbox;
    private final BureauClock clock;
    private final JobRuns runs;

    AgencyFlags(JdbcOperations jdbc, RuleBook rules, AgencyRules.AnnualConfirmationRule confirmationRule,
                AgencyRules.CertificateExpiryRule expiryRule, Inbox inbox, BureauClock clock, JobRuns runs) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.rules = rules;
        this.confirmationRule = confirmationRule;
        this.expiryRule = expiryRule;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Serdeable
    public record Result(int checked, int confirmationOverdue, int certificatesExpiring, int certificatesExpired,
                         int newlyFlagged) {
    }

    @Scheduled(cron = "${portal.agency.flags-cron:0 20 1 * * ?}")
    void nightly() {
        // once a day across all servers
        runs.once("agency.flags", JobRuns.day(clock.today()), () -> LOG.info("Agency flags: {}", check()));
    }

    /** Every agency. */
    @Transactional
    public Result check() {
        return run(null);
    }

    /**
     * One agency, in the caller's transaction: call it after writing the agency's certificates,
     * status or annual confirmation (and reload the agency to see the flags).
     */
    @Transactional
    public Result refresh(long agencyId) {
        return run(agencyId);
    }

    private Result run(@Nullable Long agencyId) {
        LocalDate today = clock.today();
        AgencyRules.AnnualConfirmation confirmation = rules.current(confirmationRule).content();
        int warningDays = rules.current(expiryRule).content().warningDays();
        LocalDate warnUntil = today.plusDays(warningDays);
        Map<Long, Flags> before = read(agencyId);
        // certificate counts, set-based; a never-flagged agency with a certificate due soon is picked up too
        String scope = agencyId != null ? "a.id = ?"
                : FLAGGED + " OR EXISTS (SELECT 1 FROM agency_certificate c WHERE c.agency_id = a.id AND c.expires_on <= ?)";
        jdbc.prepareStatement("UPDATE agency a SET "
                + "expiring_certificates = (SELECT COUNT(*) FROM agency_certificate c JOIN agency_person p ON p.id = c.person_id "
                + "  WHERE c.agency_id = a.id AND p.active = TRUE AND c.expires_on >= ? AND c.expires_on <= ?), "
                + "expired_certificates = (SELECT COUNT(*) FROM agency_certificate c JOIN agency_person p ON p.id = c.person_id "
                + "  WHERE c.agency_id = a.id AND p.active = TRUE AND c.expires_on < ?), "
                + "flags_checked_at = ? WHERE " + scope,
                s -> {
                    s.setDate(1, Date.valueOf(today));
                    s.setDate(2, Date.valueOf(warnUntil));
                    s.setDate(3, Date.valueOf(today));
                    s.setTimestamp(4, Timestamp.from(clock.now()));
                    if (agencyId != null) {
                        s.setLong(5, agencyId);
                    } else {
                        s.setDate(5, Date.valueOf(warnUntil));
                    }
                    return s.executeUpdate();
                });
        Map<Long, Flags> after = read(agencyId);
        // the annual confirmation: the rule decides, only changed flags are written
        Map<Long, Boolean> overdueChanged = new LinkedHashMap<>();
        after.replaceAll((id, f) -> {
            boolean overdue = confirmation.overdue(f.status(), f.confirmedYear(), today);
            if (overdue != f.overdue()) {
                overdueChanged.put(id, overdue);
            }
            return f.withOverdue(overdue);
        });
        if (!overdueChanged.isEmpty()) {
            jdbc.prepareStatement("UPDATE agency SET confirmation_overdue = ? WHERE id = ?", s -> {
                for (Map.Entry<Long, Boolean> e : overdueChanged.entrySet()) {
                    s.setBoolean(1, e.getValue());
                    s.setLong(2, e.getKey());
                    s.addBatch();
                }
                return s.executeBatch();
            });
        }
        int overdue = 0;
        int expiring = 0;
        int expired = 0;
        int raised = 0;
        for (Map.Entry<Long, Flags> e : after.entrySet()) {
            Flags now = e.getValue();
            Flags was = before.getOrDefault(e.getKey(), now.cleared());
            overdue += now.overdue() ? 1 : 0;
            expiring += now.expiring() > 0 ? 1 : 0;
            expired += now.expired() > 0 ? 1 : 0;
            if (now.overdue() && !was.overdue()) {
                raised++;
                inbox.notifyAgency(e.getKey(), "inbox.agency.confirmation-overdue",
                        List.of(now.name(), confirmation.deadlineIn(today.getYear()).toString()), AgencyService.PROFILE_LINK);
            }
            if (now.expiring() > 0 && was.expiring() == 0 || now.expired() > was.expired()) {
                raised++;
                // name only what there is: never "0 certificates expire" (issue 11)
                String key = now.expired() == 0 ? "inbox.agency.certificates-expiring-only"
                        : now.expiring() == 0 ? "inbox.agency.certificates-expired-only" : "inbox.agency.certificates-expiring";
                inbox.notifyAgency(e.getKey(), key,
                        List.of(now.name(), now.expiring(), now.expired(), warningDays), AgencyService.PROFILE_LINK);
            }
        }
        return new Result(after.size(), overdue, expiring, expired, raised);
    }

    private record Flags(String name, AgencyStatus status, @Nullable Integer confirmedYear, boolean overdue, int expiring,
                         int expired) {
        Flags withOverdue(boolean value) {
            return new Flags(name, status, confirmedYear, value, expiring, expired);
        }

        Flags cleared() {
            return new Flags(name, status, confirmedYear, false, 0, 0);
        }
    }

    /** The flags of one agency, or of the agencies in the pool or flagged now. */
    private Map<Long, Flags> read(@Nullable Long agencyId) {
        return jdbc.prepareStatement("SELECT a.id, a.name, a.status, a.confirmed_year, a.confirmation_overdue, "
                + "a.expiring_certificates, a.expired_certificates FROM agency a WHERE "
                + (agencyId != null ? "a.id = ?" : FLAGGED), s -> {
            if (agencyId != null) {
                s.setLong(1, agencyId);
            }
            Map<Long, Flags> out = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer confirmedYear = rs.getObject(4) == null ? null : rs.getInt(4);
                    out.put(rs.getLong(1), new Flags(rs.getString(2), AgencyStatus.valueOf(rs.getString(3)), confirmedYear,
                            rs.getBoolean(5), rs.getInt(6), rs.getInt(7)));
                }
            }
            return out;
        });
    }
}
