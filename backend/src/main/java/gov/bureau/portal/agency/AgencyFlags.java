package gov.bureau.portal.agency;

import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
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
import java.util.List;
import java.util.Map;

/**
 * Flags what needs the agency's attention (DOMAIN.md §3): the annual confirmation not given by the
 * deadline, and certificates of active people expiring within the warning period or expired. Runs
 * every night and on demand; an agency is told in its inbox when a flag is newly raised.
 */
@Singleton
public class AgencyFlags {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyFlags.class);

    private final JdbcOperations jdbc;
    private final RuleBook rules;
    private final AgencyRules.AnnualConfirmationRule confirmationRule;
    private final AgencyRules.CertificateExpiryRule expiryRule;
    private final Inbox inbox;
    private final BureauClock clock;

    AgencyFlags(JdbcOperations jdbc, RuleBook rules, AgencyRules.AnnualConfirmationRule confirmationRule,
                AgencyRules.CertificateExpiryRule expiryRule, Inbox inbox, BureauClock clock) {
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
        Result r = check();
        LOG.info("Agency flags: {}", r);
    }

    @Transactional
    public Result check() {
        LocalDate today = clock.today();
        AgencyRules.AnnualConfirmation confirmation = rules.current(confirmationRule).content();
        int warningDays = rules.current(expiryRule).content().warningDays();
        boolean pastDeadline = today.isAfter(confirmation.deadlineIn(today.getYear()));
        Map<Long, Flags> before = read();
        jdbc.prepareStatement("UPDATE agency a SET "
                + "confirmation_overdue = (a.status IN ('APPROVED', 'SUSPENDED') AND ? AND (a.confirmed_year IS NULL OR a.confirmed_year < ?)), "
                + "expiring_certificates = (SELECT COUNT(*) FROM agency_certificate c JOIN agency_person p ON p.id = c.person_id "
                + "  WHERE c.agency_id = a.id AND p.active = TRUE AND c.expires_on >= ? AND c.expires_on <= ?), "
                + "expired_certificates = (SELECT COUNT(*) FROM agency_certificate c JOIN agency_person p ON p.id = c.person_id "
                + "  WHERE c.agency_id = a.id AND p.active = TRUE AND c.expires_on < ?), "
                + "flags_checked_at = ? "
                + "WHERE a.status IN ('APPROVED', 'SUSPENDED') OR a.confirmation_overdue = TRUE OR a.expiring_certificates > 0 "
                + "OR a.expired_certificates > 0 OR EXISTS (SELECT 1 FROM agency_certificate c WHERE c.agency_id = a.id AND c.expires_on <= ?)",
                s -> {
                    s.setBoolean(1, pastDeadline);
                    s.setInt(2, today.getYear());
                    s.setDate(3, Date.valueOf(today));
                    s.setDate(4, Date.valueOf(today.plusDays(warningDays)));
                    s.setDate(5, Date.valueOf(today));
                    s.setTimestamp(6, Timestamp.from(clock.now()));
                    s.setDate(7, Date.valueOf(today.plusDays(warningDays)));
                    return s.executeUpdate();
                });
        Map<Long, Flags> after = read();
        int overdue = 0;
        int expiring = 0;
        int expired = 0;
        int raised = 0;
        for (Map.Entry<Long, Flags> e : after.entrySet()) {
            Flags now = e.getValue();
            Flags was = before.getOrDefault(e.getKey(), new Flags(now.name(), false, 0, 0));
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
                inbox.notifyAgency(e.getKey(), "inbox.agency.certificates-expiring",
                        List.of(now.name(), now.expiring(), now.expired(), warningDays), AgencyService.PROFILE_LINK);
            }
        }
        return new Result(after.size(), overdue, expiring, expired, raised);
    }

    private record Flags(String name, boolean overdue, int expiring, int expired) {
    }

    /** The flags of agencies in the pool or flagged now. */
    private Map<Long, Flags> read() {
        return jdbc.prepareStatement("SELECT id, name, confirmation_overdue, expiring_certificates, expired_certificates "
                + "FROM agency WHERE status IN ('APPROVED', 'SUSPENDED') OR confirmation_overdue = TRUE "
                + "OR expiring_certificates > 0 OR expired_certificates > 0", s -> {
            Map<Long, Flags> out = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Flags(rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }
}
